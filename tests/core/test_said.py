"""Sentences core/ writes: Vietnamese text that remembers how it was made (core/said.py)."""

import copy
import pickle
from datetime import datetime

from core.said import Said


def test_a_said_sentence_is_its_vietnamese_text():
    said = Said("{0} đã ký lúc {1:%H:%M}.", "Khánh Hòa", datetime(2019, 12, 19, 10, 5))
    assert said == "Khánh Hòa đã ký lúc 10:05."
    assert isinstance(said, str)
    assert said.template == "{0} đã ký lúc {1:%H:%M}."
    assert said.values[0] == "Khánh Hòa"


def test_a_copy_keeps_the_template_and_values():
    said = Said("Không có ai mang mã {0}.", "0123")
    for twin in (copy.copy(said), copy.deepcopy(said), pickle.loads(pickle.dumps(said))):
        assert twin == said and twin.template == said.template and twin.values == ("0123",)


def test_braces_in_a_value_are_not_read_as_a_template():
    assert Said("Tệp {0} đã có.", "{x}.thidua") == "Tệp {x}.thidua đã có."
