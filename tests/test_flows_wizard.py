"""The new-vault wizard flow, without a display."""
from __future__ import annotations

import pyotp
import pytest

from app import auth
from app.flows.passwords import feedback
from app.flows.recovery_sheet import RecoverySheet
from app.flows.wizard import Step, WizardFlow, location_problems
from tests.conftest import PASSWORD
from vault import kdf


def test_location_rules(tmp_path):
    assert location_problems("") == ["choose a folder for the new vault"]
    assert location_problems(tmp_path / "new" / "deeper") == []
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "a").write_text("x")
    assert "not empty" in location_problems(tmp_path / "full")[0]
    (tmp_path / "file").write_text("x")
    assert "file" in location_problems(tmp_path / "file")[0]


def test_password_feedback_policy_and_strength():
    fb = feedback("password", "alice")
    assert not fb.acceptable and fb.score <= 1
    assert any("12 characters" in r for r in fb.reasons)
    assert not feedback("alicealicealice", "alicealicealice").acceptable
    fb = feedback(PASSWORD, "alice", confirm=PASSWORD)
    assert fb.acceptable and fb.score >= 3
    assert feedback(PASSWORD, "alice", confirm="other").mismatch


def test_full_walk(tmp_path, fake_clock):
    flow = WizardFlow()
    assert flow.set_location(tmp_path / "v") == [] and flow.step == Step.ADMIN
    assert flow.set_admin("two words") and flow.step == Step.ADMIN
    assert flow.set_admin("alice", "Alice Martin") == [] and flow.step == Step.PASSWORD
    flow.back()
    assert flow.step == Step.ADMIN
    flow.set_admin("alice", "Alice Martin")
    assert not flow.set_password("short", "short").acceptable and flow.step == Step.PASSWORD
    assert flow.set_password(PASSWORD, PASSWORD).acceptable and flow.step == Step.CREATING
    req = flow.create_request()
    assert req.password == PASSWORD and flow._password == ""
    session, creation = auth.create_vault(req.folder, req.username, req.password, display_name=req.display_name,
                                          kdf_params=kdf.FLOOR)
    session.close()
    flow.created(creation)
    assert flow.step == Step.TOTP and not flow.can_go_back
    assert not flow.confirm_code("000000" if pyotp.TOTP(flow.totp_secret).at(fake_clock.t) != "000000" else "1")
    assert flow.confirm_code(pyotp.TOTP(flow.totp_secret).at(fake_clock.t)) and flow.step == Step.RECOVERY
    assert not flow.can_finish
    with pytest.raises(RuntimeError):
        flow.finish()
    sheet = RecoverySheet.from_creation(creation, req.folder, "alice")
    path = sheet.save_pdf(tmp_path / "sheet.pdf")
    assert path.read_bytes()[:4] == b"%PDF"
    assert creation.recovery_key in sheet.text() and all(c in sheet.text() for c in creation.enrolment.recovery_codes)
    assert creation.signing_key_fingerprint in sheet.text() and "nobody" in sheet.text()
    flow.sheet_saved(path)
    flow.acknowledge_warning()
    assert flow.can_finish
    flow.finish()
    assert flow.step == Step.DONE


def test_creation_failure_returns_to_password(tmp_path):
    flow = WizardFlow()
    flow.set_location(tmp_path / "v")
    flow.set_admin("alice")
    flow.set_password(PASSWORD, PASSWORD)
    flow.create_request()
    flow.creation_failed("disk full")
    assert flow.step == Step.PASSWORD and flow.error == "disk full"


def test_the_business_country_is_asked_with_the_administrator(tmp_path):
    flow = WizardFlow()
    flow.set_location(tmp_path / "v")
    assert flow.set_admin("alice", "Alice", "Poland") and flow.step == Step.ADMIN   # a code, not a name
    assert flow.set_admin("alice", "Alice", "pl") == [] and flow.country == "PL"
    flow.set_password(PASSWORD, PASSWORD)
    req = flow.create_request()
    assert req.country == "PL" and req.settings == {"vault.country": "PL"}
    flow.creation_failed("disk full")
    flow.back()
    flow.set_admin("alice", "Alice", "")           # none chosen: the vault starts without a country
    flow.set_password(PASSWORD, PASSWORD)
    assert flow.create_request().settings == {}
