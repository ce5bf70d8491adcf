"""The agreement: default text, storage, import from an earlier year, signatory rules, signing."""

import unicodedata
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import agreement as agreement_module
from core.agreement import (
    AbsentChoice,
    AgreementItem,
    HeadOrder,
    SignerStatus,
    agreement_head_unit,
    default_title,
    import_agreement_text,
    is_saved,
    load_agreement,
    mark_signed,
    save_agreement,
    set_absent_choice,
    signatories,
    unmark_signed,
)
from core.attendance import add_walk_in, check_in, undo_check_in
from core.demo import write_demo
from core.errors import ValidationError
from core.meetings import load_key_tasks, load_meeting
from core.model import Person, Role
from core.storage import MeetingFile
from core.units import list_units
from tests.core.agreement_fixtures import PROVINCES, make_cluster, person_id

FOUR = ["Khánh Hòa", "Quảng Nam", "Kon Tum", "Phú Yên"]


@pytest.fixture
def db(tmp_path):
    db = make_cluster(tmp_path / "cum.thidua", FOUR, head_index=2)  # Kon Tum heads the cluster
    yield db
    db.close()


def block_of(plan, short_name):
    return next(b for b in plan.blocks if b.unit.short_name == short_name)


def arrive(db, name, unit):
    check_in(db, person_id(db, name, unit))


def events(db, action):
    return [row[0] for row in db.conn.execute("SELECT details FROM event WHERE action = ?", (action,))]


# -- the text ---------------------------------------------------------------------------


def test_demo_starts_from_the_six_key_tasks(tmp_path):
    db = write_demo(tmp_path / "demo.thidua")
    try:
        a = load_agreement(db)
        assert not is_saved(db)
        assert a.title == "BẢN GIAO ƯỚC THI ĐUA NĂM 2020"
        assert [m.content for m in a.movements] == [t.content for t in load_key_tasks(db)]
        assert len(a.movements) == 6
        assert any("Luật Thi đua, khen thưởng" in b for b in a.bases)
        assert any("Quy chế hoạt động của Cụm thi đua số III" in b for b in a.bases)
        assert a.targets and a.implementation
        assert (a.place, a.date) == ("Nha Trang", load_meeting(db).date)
        assert a.copies(len(list_units(db))) == 13  # 12 member units + 1
    finally:
        db.close()


def test_title_follows_next_year():
    assert default_title(2021) == "BẢN GIAO ƯỚC THI ĐUA NĂM 2021"


def test_save_and_load_round_trip_in_nfc_with_an_audit_event(db):
    a = load_agreement(db)
    decomposed = unicodedata.normalize("NFD", "  Thi đua   hoàn thành  ")
    a.movements.append(AgreementItem(decomposed, "Nhiệm vụ", "100%", "ghi chú"))
    a.bases.append("   ")
    a.extra_copies, a.number_copies, a.blocks_per_row = 3, True, 2
    save_agreement(db, a, "agreement.edit", "thêm dòng")
    again = load_agreement(db)
    assert is_saved(db)
    assert again.movements[-1] == AgreementItem("Thi đua hoàn thành", "Nhiệm vụ", "100%", "ghi chú")
    assert again.bases == [b for b in a.bases if b.strip()]
    assert (again.extra_copies, again.number_copies, again.blocks_per_row) == (3, True, 2)
    assert events(db, "agreement.edit") == ['{"what": "thêm dòng"}']


def test_a_row_without_content_is_refused_naming_the_row_and_nothing_changes(db):
    before = load_agreement(db)
    save_agreement(db, before)
    bad = replace(before, targets=[*before.targets[:1], AgreementItem("", "%", "90")])
    with pytest.raises(ValidationError) as caught:
        save_agreement(db, bad)
    assert 'Chỉ tiêu, dòng 2: cột "Nội dung"' in str(caught.value)
    assert load_agreement(db) == before


def test_empty_rows_just_added_are_kept_and_other_fields_are_checked(db):
    a = load_agreement(db)
    a.targets.append(AgreementItem())
    save_agreement(db, a)
    assert load_agreement(db).targets[-1].is_empty()
    for bad, field in (
        (replace(a, title=" "), "Tiêu đề"),
        (replace(a, extra_copies=-1), "Số bản thêm"),
        (replace(a, blocks_per_row=4), "Số khối chữ ký"),
    ):
        with pytest.raises(ValidationError, match=field):
            save_agreement(db, bad)


def test_import_from_an_earlier_years_file_moves_the_years_on_and_leaves_that_file_alone(tmp_path, db):
    old = make_cluster(tmp_path / "2018.thidua", FOUR, year=2018)
    text = load_agreement(old)
    text.movements = [AgreementItem("Phong trào riêng của năm trước", "Nhiệm vụ", "Hoàn thành")]
    text.implementation = "Thực hiện giao ước năm 2019.\nBáo cáo năm 2018."
    text.bases.append("Căn cứ Luật Cán bộ, công chức năm 2018;")
    save_agreement(old, text)
    old.close()
    before = (tmp_path / "2018.thidua").read_bytes()

    adopted, notes = import_agreement_text(db, tmp_path / "2018.thidua")
    assert notes == []  # the same cluster: nothing to read again

    assert adopted.title == "BẢN GIAO ƯỚC THI ĐUA NĂM 2020"
    assert adopted.movements == [AgreementItem("Phong trào riêng của năm trước", "Nhiệm vụ", "Hoàn thành")]
    assert adopted.implementation == "Thực hiện giao ước năm 2020.\nBáo cáo năm 2019."
    assert "Căn cứ Luật Cán bộ, công chức năm 2018;" in adopted.bases  # laws keep their year
    assert any("hội nghị tổng kết công tác thi đua năm 2019" in b for b in adopted.bases)
    assert adopted.date == load_meeting(db).date  # place and date stay this meeting's
    assert load_agreement(db) == adopted
    assert (tmp_path / "2018.thidua").read_bytes() == before
    assert events(db, "agreement.import")


def test_import_from_a_file_that_is_not_a_meeting_file_changes_nothing(tmp_path, db):
    junk = tmp_path / "junk.thidua"
    junk.write_text("không phải", encoding="utf-8")
    with pytest.raises(Exception) as caught:
        import_agreement_text(db, junk)
    assert "không phải là tệp hội nghị" in str(caught.value)
    assert not is_saved(db)


# -- signatories ------------------------------------------------------------------------


def test_before_registration_the_convened_heads_sign_and_the_cluster_head_comes_first(db):
    plan = signatories(db)
    assert plan.before_registration
    assert [b.unit.short_name for b in plan.blocks] == ["Kon Tum", "Khánh Hòa", "Quảng Nam", "Phú Yên"]
    assert plan.blocks[0].cluster_head
    assert all(b.status is SignerStatus.CONVENED and not b.deputy for b in plan.blocks)
    assert block_of(plan, "Khánh Hòa").name == "Lê Văn An"
    assert block_of(plan, "Khánh Hòa").title_lines() == ["TRƯỞNG BAN"]


def test_head_present_signs_as_truong_ban(db):
    arrive(db, "Lê Văn An", "Khánh Hòa")
    plan = signatories(db)
    assert not plan.before_registration
    block = block_of(plan, "Khánh Hòa")
    assert (block.name, block.deputy, block.status) == ("Lê Văn An", False, SignerStatus.PRESENT)
    # A Ban Tổ chức is run by its head: no "T/M" (that is for collective bodies), whatever the option
    assert block.organization_line() == "BAN TỔ CHỨC TỈNH ỦY KHÁNH HÒA"
    assert block.organization_line(on_behalf=False) == "BAN TỔ CHỨC TỈNH ỦY KHÁNH HÒA"
    assert block.title_lines() == ["TRƯỞNG BAN"]


def test_a_deputy_signs_kt_under_the_bodys_name_never_with_tm(db):
    arrive(db, "Lê Văn An", "Khánh Hòa")
    arrive(db, "Trần Thị Bình", "Quảng Nam")
    block = block_of(signatories(db), "Quảng Nam")
    lines = [block.organization_line(), *block.title_lines()]
    assert lines == ["BAN TỔ CHỨC TỈNH ỦY QUẢNG NAM", "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"]


def test_a_unit_type_set_to_collective_signs_tm_with_the_signers_title(db):
    from core.document_settings import SignatureForm, UnitType, set_signature_form

    arrive(db, "Lê Văn An", "Khánh Hòa")
    arrive(db, "Trần Thị Bình", "Quảng Nam")
    set_signature_form(db, UnitType.BAN_TO_CHUC, SignatureForm.COLLECTIVE)
    block = block_of(signatories(db), "Quảng Nam")
    assert block.organization_line() == "T/M BAN TỔ CHỨC TỈNH ỦY QUẢNG NAM"
    assert "K/T TRƯỞNG BAN" not in block.title_lines()


def test_head_absent_and_a_deputy_present_signs_kt(db):
    arrive(db, "Lê Văn An", "Khánh Hòa")  # registration has started
    arrive(db, "Trần Thị Bình", "Quảng Nam")  # the deputy, not the head
    block = block_of(signatories(db), "Quảng Nam")
    assert (block.name, block.deputy, block.flagged) == ("Trần Thị Bình", True, False)
    assert block.title_lines() == ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"]


def test_a_head_of_delegation_who_is_a_deputy_signs_kt(db):
    kon_tum_head = person_id(db, "Lê Văn Cường", "Kon Tum")
    db.conn.execute("UPDATE person SET position = 'Phó Trưởng ban' WHERE id = ?", (kon_tum_head,))
    check_in(db, kon_tum_head)
    block = block_of(signatories(db), "Kon Tum")
    assert (block.name, block.deputy) == ("Lê Văn Cường", True)


def test_the_head_is_preferred_to_a_deputy_when_both_are_present(db):
    arrive(db, "Trần Thị An", "Khánh Hòa")
    arrive(db, "Lê Văn An", "Khánh Hòa")
    block = block_of(signatories(db), "Khánh Hòa")
    assert (block.name, block.deputy) == ("Lê Văn An", False)


def test_a_unit_with_nobody_present_is_flagged_left_blank_by_default_or_left_out(db):
    arrive(db, "Lê Văn An", "Khánh Hòa")
    arrive(db, "Phạm Minh Dũng", "Phú Yên")  # a Chuyên viên may not sign for the unit
    plan = signatories(db)
    assert [b.unit.short_name for b in plan.flagged] == ["Kon Tum", "Quảng Nam", "Phú Yên"]
    blank = block_of(plan, "Quảng Nam")
    assert blank.status is SignerStatus.NOBODY and blank.choice is AbsentChoice.BLANK
    assert blank.printed and blank.name == "" and blank.title_lines() == ["TRƯỞNG BAN"]

    set_absent_choice(db, blank.unit.id, AbsentChoice.OMIT)
    plan = signatories(db)
    assert "Quảng Nam" not in [b.unit.short_name for b in plan.printed]
    assert len(plan.blocks) == 4  # still listed (and flagged) for the organizers
    assert events(db, "agreement.absent_choice")


def test_a_substitute_who_is_a_deputy_signs_kt_for_the_absent_head(db):
    arrive(db, "Lê Văn An", "Khánh Hòa")
    head = person_id(db, "Lê Văn Bình", "Quảng Nam")
    add_walk_in(db, Person("Võ Văn Tới", Role.DELEGATE, "Phó Trưởng ban"), substitute_for=head)
    block = block_of(signatories(db), "Quảng Nam")
    assert (block.name, block.deputy) == ("Võ Văn Tới", True)


def test_before_registration_a_unit_without_head_or_deputy_is_flagged(tmp_path):
    db = make_cluster(tmp_path / "x.thidua", FOUR, deputies=False)
    try:
        db.conn.execute("DELETE FROM person WHERE full_name = 'Lê Văn Cường'")
        plan = signatories(db)
        assert plan.before_registration
        assert [b.unit.short_name for b in plan.flagged] == ["Kon Tum"]
    finally:
        db.close()


def test_head_order_setting_and_where_the_elected_head_plugs_in(db, monkeypatch):
    units = {u.short_name: u.id for u in list_units(db)}
    assert agreement_head_unit(db) == units["Kon Tum"]  # nobody elected yet: this year's head
    monkeypatch.setattr(agreement_module, "elected_next_head_unit", lambda _db: units["Phú Yên"])
    assert agreement_head_unit(db) == units["Phú Yên"]
    assert signatories(db).blocks[0].unit.short_name == "Phú Yên"
    save_agreement(db, replace(load_agreement(db), head_order=HeadOrder.CURRENT))
    assert agreement_head_unit(db) == units["Kon Tum"]
    assert signatories(db).blocks[0].unit.short_name == "Kon Tum"


# -- signing ----------------------------------------------------------------------------


def test_signing_is_recorded_logged_and_undoable(db):
    arrive(db, "Lê Văn An", "Khánh Hòa")
    unit_id = block_of(signatories(db), "Khánh Hòa").unit.id
    signed = mark_signed(db, unit_id)
    plan = signatories(db)
    assert signed.signed and block_of(plan, "Khánh Hòa").signed_by == "Lê Văn An"
    assert plan.signed_count == 1
    with pytest.raises(ValidationError, match="đã ký"):
        mark_signed(db, unit_id)
    assert '"signer": "Lê Văn An"' in events(db, "agreement.sign")[0]
    unmark_signed(db, unit_id)
    assert signatories(db).signed_count == 0
    assert events(db, "agreement.unsign")


def test_a_unit_left_out_cannot_be_marked_signed(db):
    arrive(db, "Lê Văn An", "Khánh Hòa")
    unit_id = block_of(signatories(db), "Quảng Nam").unit.id
    set_absent_choice(db, unit_id, AbsentChoice.OMIT)
    with pytest.raises(ValidationError, match="bỏ ra"):
        mark_signed(db, unit_id)


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    db = make_cluster(tmp_path_factory.mktemp("big") / "big.thidua", PROVINCES[:6], head_index=3)
    people = [
        (pid, unit_id, role, position)
        for pid, unit_id, role, position in db.conn.execute("SELECT id, unit_id, role, position FROM person")
    ]
    yield db, people
    db.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_every_unit_has_one_block_and_every_signer_is_here_and_may_sign(big, data):
    db, people = big
    present = data.draw(st.sets(st.sampled_from([p[0] for p in people])))
    for pid, *_ in people:
        undo_check_in(db, pid)
    for pid in present:
        check_in(db, pid)
    plan = signatories(db)
    units = list_units(db)
    assert sorted(b.unit.id for b in plan.blocks) == sorted(u.id for u in units)
    assert plan.blocks[0].unit.short_name == PROVINCES[3]
    assert plan.before_registration == (not present)
    by_id = {pid: (unit_id, role, position) for pid, unit_id, role, position in people}
    for block in plan.blocks:
        members_here = {pid for pid in present if by_id[pid][0] == block.unit.id}
        if block.person is None:
            assert block.flagged
            if present:
                assert all(by_id[p][1] != "head" and "Phó" not in by_id[p][2] for p in members_here)
        else:
            assert block.person.unit_id == block.unit.id
            if present:
                assert block.person.id in present
            heads_here = [p for p in members_here if by_id[p][1] == "head"]
            assert (block.person.role == Role.HEAD) == bool(heads_here or not present)


def test_opening_a_version_2_file_adds_the_agreement_tables(tmp_path, monkeypatch):
    from core import schema

    path = tmp_path / "old.thidua"
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", {v: s for v, s in schema.MIGRATIONS.items() if v <= 2})
        MeetingFile.create(path).close()
    db = MeetingFile.open(path)
    try:
        assert not is_saved(db)
        assert db.conn.execute("SELECT COUNT(*) FROM agreement_unit").fetchone()[0] == 0
    finally:
        db.close()


def test_migration_10_turns_a_movements_old_figure_into_its_goal(tmp_path):
    """A version-9 file's movements said "Nhiệm vụ / Hoàn thành tốt" in the targets' columns: after
    migration 10's SQL that is the movement's goal, and the launch and review times are empty.
    (Rows written behind the program would make the file refuse to migrate: the SQL is run alone.)"""
    import shutil
    import sqlite3
    from pathlib import Path

    from core import schema

    path = tmp_path / "v9.thidua"
    shutil.copyfile(Path(__file__).parents[1] / "golden" / "v9.thidua", path)
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute(
                "INSERT INTO agreement_item (section, position, content, unit_of_measure, target, note) "
                "VALUES ('movement', 1, 'Thi đua A', 'Nhiệm vụ', 'Hoàn thành tốt', ''), "
                "('movement', 2, 'Thi đua B', '%', '100', 'ghi chú'), ('target', 1, 'Chỉ tiêu C', '%', '90', '')"
            )
            for statement in schema.statements(schema.MIGRATIONS[10]):
                conn.execute(statement)
        rows = conn.execute(
            "SELECT section, content, goal, launch, review, unit_of_measure, target, note FROM agreement_item"
        ).fetchall()
    finally:
        conn.close()
    assert rows == [
        ("movement", "Thi đua A", "Hoàn thành tốt", "", "", "", "", ""),
        ("movement", "Thi đua B", "100 %", "", "", "", "", "ghi chú"),
        ("target", "Chỉ tiêu C", "", "", "", "%", "90", ""),
    ]
