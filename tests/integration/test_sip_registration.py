"""Real SipEngine against a real Kamailio: register, wrong password, registrar restart."""

from __future__ import annotations

from typing import Any

import pytest

from softphone.core.events import AudioDevicesChanged, RegistrationChanged
from softphone.core.models import AccountConfig, RegState, Transport
from tests.helpers.kamailio import USERS, Kamailio
from tests.helpers.ports import free_port
from tests.helpers.sip_engine import EngineHarness

pytestmark = pytest.mark.integration


def test_engine_reports_the_build_and_the_null_device(sip_engine: EngineHarness) -> None:
    started = sip_engine.start()
    assert started.version.startswith("2.")
    assert started.local_address.startswith("127.0.0.1:")
    assert "PCMA/8000/1" in started.codecs
    devices = sip_engine.events.wait_for(AudioDevicesChanged)
    if started.sound_devices == 0:
        assert devices.null_device
        assert devices.warning == "no audio devices in this pjsua2 build"


@pytest.mark.parametrize("transport", ["udp", "tcp"])
def test_register_ok(sip_engine: EngineHarness, kamailio: Kamailio, transport: str) -> None:
    sip_engine.start()
    reg = sip_engine.register(kamailio, transport=transport)
    assert reg.code == 200
    assert reg.expires == 60
    states = [e.state for e in sip_engine.events.find(RegistrationChanged)]
    assert states == [RegState.REGISTERING, RegState.REGISTERED]


def test_wrong_password_is_auth_failed_and_never_retried(
    sip_engine: EngineHarness, kamailio: Kamailio, qtbot: Any
) -> None:
    sip_engine.start()
    account = sip_engine.account(kamailio)
    sip_engine.engine.configure_account(account, "not-the-password")
    failed = sip_engine.events.wait_for(RegistrationChanged, state=RegState.AUTH_FAILED)
    assert failed.code == 401
    assert failed.retry_in is None
    attempts = kamailio.register_count("agent")
    assert attempts == 2  # the first REGISTER and the one answering the challenge
    qtbot.wait(3000)  # longer than the first retry delays (0.25-2 s in the fixture)
    assert kamailio.register_count("agent") == attempts
    assert not sip_engine.events.find(RegistrationChanged, state=RegState.RETRY_WAIT)

    # The same details again: no REGISTER at all (a lockout-prone server is left alone).
    mark = sip_engine.events.mark()
    sip_engine.engine.configure_account(account, "not-the-password")
    sip_engine.events.wait_for(RegistrationChanged, after=mark, state=RegState.AUTH_FAILED)
    assert kamailio.register_count("agent") == attempts

    # Changed details: registers again.
    mark = sip_engine.events.mark()
    sip_engine.engine.configure_account(account, USERS["agent"])
    sip_engine.events.wait_for(RegistrationChanged, after=mark, state=RegState.REGISTERED)


def test_unknown_user_is_auth_failed(sip_engine: EngineHarness, kamailio: Kamailio) -> None:
    sip_engine.start()
    account = AccountConfig(domain=kamailio.domain, username="nobody", expires=60)
    sip_engine.engine.configure_account(account, "whatever")
    failed = sip_engine.events.wait_for(RegistrationChanged, state=RegState.AUTH_FAILED)
    assert failed.code in (401, 403)


def test_registrar_restart_goes_retry_wait_then_registered(
    sip_engine: EngineHarness, kamailio: Kamailio
) -> None:
    """Over TCP the dropped connection itself triggers a re-REGISTER (about at once).

    Over UDP a dead registrar is only noticed when a refresh times out (Timer F, 32 s),
    too slow for this suite; the retry path after that is the same.
    """
    sip_engine.start()
    sip_engine.register(kamailio, transport="tcp", expires=30)
    mark = sip_engine.events.mark()
    kamailio.stop()
    waiting = sip_engine.events.wait_for(
        RegistrationChanged, after=mark, state=RegState.RETRY_WAIT, timeout=10
    )
    assert waiting.retry_in is not None and 0 < waiting.retry_in <= 2.0
    kamailio.start()
    back = sip_engine.events.wait_for(
        RegistrationChanged, after=mark, state=RegState.REGISTERED, timeout=15
    )
    assert back.code == 200


def test_direct_mode_needs_no_registrar(sip_engine: EngineHarness) -> None:
    sip_engine.start()
    account = AccountConfig(domain="127.0.0.1", username="agent", register=False)
    sip_engine.engine.configure_account(account, "")
    sip_engine.events.wait_for(RegistrationChanged, state=RegState.DIRECT)


def test_unregister_goes_offline(sip_engine: EngineHarness, kamailio: Kamailio) -> None:
    sip_engine.start()
    sip_engine.register(kamailio)
    mark = sip_engine.events.mark()
    sip_engine.engine.unregister()
    off = sip_engine.events.wait_for(RegistrationChanged, after=mark, state=RegState.OFFLINE)
    assert off.code == 200


def test_tls_transport_can_be_created(sip_engine: EngineHarness) -> None:
    """No TLS registrar here: the TLS transport comes up, the refused REGISTER retries."""
    sip_engine.start()
    account = AccountConfig(
        domain=f"127.0.0.1:{free_port()}", username="agent", transport=Transport.TLS
    )
    sip_engine.engine.configure_account(account, "secret")
    event = sip_engine.events.wait_for(
        RegistrationChanged,
        pred=lambda e: e.state in (RegState.RETRY_WAIT, RegState.FAILED),
        timeout=15,
    )
    assert event.state is RegState.RETRY_WAIT
    assert event.retry_in is not None


def test_outbound_proxy_carries_the_register(sip_engine: EngineHarness, kamailio: Kamailio) -> None:
    """A domain that resolves nowhere: only the outbound proxy makes registration work."""
    sip_engine.start()
    account = AccountConfig(
        domain="pbx.example.invalid",
        username="agent",
        proxy=kamailio.registrar_uri(),
        expires=60,
    )
    sip_engine.engine.configure_account(account, USERS["agent"])
    reg = sip_engine.events.wait_for(RegistrationChanged, state=RegState.REGISTERED)
    assert reg.code == 200
