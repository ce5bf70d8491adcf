"""The built-in demo conference (resources/demo/demo_conference.json) as a meeting file."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

from core.head_election import add_demo_election, save_rotation
from core.meetings import replace_key_tasks, save_meeting
from core.model import Meeting, Person, QuorumBase, QuorumRule, Role, Unit, VotingRule, row_id
from core.paths import resource, user_data_dir
from core.people import add_people
from core.scoring import add_demo_scoring
from core.storage import MeetingFile, remove_meeting_file
from core.titles import demo_titles
from core.units import add_unit, find_unit
from core.votes import _demo_unit, add_demo_votes

DEMO_SOURCE = resource("demo", "demo_conference.json")


def write_demo(path: str | os.PathLike[str]) -> MeetingFile:
    """Create a new meeting file at ``path`` holding the demo conference, and return it open."""
    data = json.loads(DEMO_SOURCE.read_text(encoding="utf-8"))
    db = MeetingFile.create(path)
    try:
        units = [add_unit(db, Unit(u["short_name"], u["full_title"])) for u in data["units"]]
        m = data["meeting"]
        host, head, deputy = (
            find_unit(units, m[key]) for key in ("host_unit", "current_head", "current_deputy")
        )
        save_meeting(
            db,
            Meeting(
                commission=m["commission"],
                cluster=m["cluster"],
                members_description=m["members_description"],
                title=m["title"],
                year=m["year"],
                next_year=m["next_year"],
                venue=m["venue"],
                place=m["place"],
                date=date.fromisoformat(m["date"]),
                host_unit_id=host.id if host else None,
                letterhead=tuple(m["letterhead"]),
                quorum=QuorumRule(**{**m["quorum"], "base": QuorumBase(m["quorum"]["base"])}),
                voting_rule=VotingRule(m["voting_rule"]),
                current_head_unit_id=head.id if head else None,
                current_deputy_unit_id=deputy.id if deputy else None,
            ),
        )
        people = []
        for p in data["people"]:
            unit = find_unit(units, p["unit"]) if "unit" in p else None
            people.append(
                Person(
                    full_name=p["full_name"],
                    role=Role(p["role"]),
                    position=p.get("position", ""),
                    unit_id=unit.id if unit else None,
                    organization=p.get("organization", ""),
                )
            )
        add_people(db, people, source="demo")
        replace_key_tasks(db, data["key_tasks"])
        add_demo_votes(db, data.get("votes", []))
        if "head_election" in data:
            if "rotation" in data["head_election"]:  # Kon Tum after Khánh Hòa: the cluster head of 2020
                save_rotation(
                    db, [row_id(_demo_unit(units, name)) for name in data["head_election"]["rotation"]]
                )
            add_demo_election(db, data["head_election"])
        if "scoring" in data:
            add_demo_scoring(db, data["scoring"])
        demo_titles(db, data.get("titles", []))
    except BaseException:
        db.close()
        raise
    return db


def fresh_demo_copy() -> MeetingFile:
    """A new working copy of the demo in the user's data folder, replacing an older one."""
    path = Path(user_data_dir()) / "demo.thidua"
    remove_meeting_file(path)
    return write_demo(path)
