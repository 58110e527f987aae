/*
 * pjproject config_site.h for the softphone's pjsua2 wheel (installer/pjsua2/build-wheel.sh
 * copies it to pjlib/include/pj/config_site.h). Audio-only desktop softphone on Linux:
 * ALSA sound devices (PulseAudio/PipeWire through the ALSA `pulse`/`default` plugins),
 * Opus + G.722 + G.711 (+ speex/GSM from the system libraries), TLS on the system
 * OpenSSL 3, SDES-SRTP and DTLS-SRTP (AES-CM suites), no video.
 *
 * Any change here changes the build cache key; bump SP_REVISION in pjproject.lock.
 */
#ifndef SOFTPHONE_PJ_CONFIG_SITE_H
#define SOFTPHONE_PJ_CONFIG_SITE_H

/* ---- pjlib ---- */
#define PJ_HAS_IPV6                         1
#define PJ_HAS_SSL_SOCK                     1
#define PJ_SSL_SOCK_IMP                     PJ_SSL_SOCK_IMP_OPENSSL
/* Keep pjlib's asserts (pjsua2 lifetime errors must fail loudly in tests). */
#define PJ_LOG_MAX_LEVEL                    5

/* ---- pjmedia: no video ---- */
#define PJMEDIA_HAS_VIDEO                   0
#define PJMEDIA_HAS_FFMPEG                  0
#define PJMEDIA_VIDEO_DEV_HAS_SDL           0
#define PJMEDIA_VIDEO_DEV_HAS_V4L2          0
#define PJMEDIA_HAS_OPENH264_CODEC          0
#define PJMEDIA_HAS_VPX_CODEC               0

/* ---- pjmedia: sound devices ---- */
#define PJMEDIA_AUDIO_DEV_HAS_ALSA          1
#define PJMEDIA_AUDIO_DEV_HAS_PORTAUDIO     0
#define PJMEDIA_AUDIO_DEV_HAS_NULL_AUDIO    0

/* ---- pjmedia: codecs ---- */
#define PJMEDIA_HAS_OPUS_CODEC              1
#define PJMEDIA_HAS_G722_CODEC              1
#define PJMEDIA_HAS_G711_CODEC              1
#define PJMEDIA_HAS_L16_CODEC               1
/* Dropped from Debian's repack of the Jami tree (and not wanted): */
#define PJMEDIA_HAS_ILBC_CODEC              0
#define PJMEDIA_HAS_G7221_CODEC             0
#define PJMEDIA_HAS_OPENCORE_AMRNB_CODEC    0
#define PJMEDIA_HAS_OPENCORE_AMRWB_CODEC    0
#define PJMEDIA_HAS_SILK_CODEC              0
#define PJMEDIA_HAS_BCG729                  0

/* ---- pjmedia: SRTP (SDES and DTLS) ---- */
#define PJMEDIA_HAS_SRTP                    1
#define PJMEDIA_SRTP_HAS_DTLS               1
/* AES-GCM SRTP suites stay off (pjproject's default): with them on, SDES over SIP/TLS
 * negotiated AEAD_AES_256_GCM and the SIP TLS connection then failed with
 * "SSL_ERROR_SSL (Read) ... Provider routines invalid tag" (transport destroyed) and the
 * call's audio stopped after ~0.4 s; GCM SRTP over UDP signalling worked. The bundled
 * libsrtp is 2.1.0-pre on OpenSSL 3. AES_CM_128_HMAC_SHA1_80/32 (and 256) are offered. */
#define PJMEDIA_SRTP_HAS_AES_GCM_128        0
#define PJMEDIA_SRTP_HAS_AES_GCM_256        0

/* ---- pjsip ---- */
/* Room for TLS INVITEs with SRTP crypto lines and a few custom X- headers. */
#define PJSIP_MAX_PKT_LEN                   8000
#define PJSIP_HAS_TLS_TRANSPORT             1

#endif /* SOFTPHONE_PJ_CONFIG_SITE_H */
