/*
 * Windows additions to installer/pjsua2/config_site.h. build-wheel.ps1 writes
 * pjlib/include/pj/config_site.h = ../config_site.h followed by this file, so everything
 * else (Opus, G.722, TLS on OpenSSL, SRTP/DTLS-SRTP with AES-CM only, no video, ...) is
 * exactly the Linux configuration.
 *
 * Sound: WMME, pjproject's only desktop Windows backend in 2.15.1. Its WASAPI backend
 * (wasapi_dev.cpp) is for UWP/Windows Phone: the MSVC project leaves it out of WinDesktop
 * builds, so turning PJMEDIA_AUDIO_DEV_HAS_WASAPI on here would fail to link
 * (pjmedia_wasapi_factory). Switch when an upstream release ships a desktop WASAPI driver.
 */
#undef  PJMEDIA_AUDIO_DEV_HAS_ALSA
#define PJMEDIA_AUDIO_DEV_HAS_ALSA          0
#undef  PJMEDIA_AUDIO_DEV_HAS_WMME
#define PJMEDIA_AUDIO_DEV_HAS_WMME          1
#undef  PJMEDIA_AUDIO_DEV_HAS_WASAPI
#define PJMEDIA_AUDIO_DEV_HAS_WASAPI        0
/* Device names through the MMDevice API (full friendly names, not WMME's 31 characters),
 * so the app's "choose the headset by name" matches what Windows shows. */
#undef  PJMEDIA_WMME_DEV_USE_MMDEVICE_API
#define PJMEDIA_WMME_DEV_USE_MMDEVICE_API   1
