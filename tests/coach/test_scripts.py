from pathlib import Path

import pytest

from app.coach.scripts import ScriptFileError, ScriptLibrary, ScriptTemplate, load_script_file

SIGNALS = ("dead_air", "feature_dump", "curt_replies", "weak_opener", "pushback")


def test_every_signal_ships_several_scripts_with_unique_ids() -> None:
    library = ScriptLibrary.builtin()
    for kind in SIGNALS:
        assert len(library.for_kind(kind)) >= 3, kind
    assert len(library) == sum(len(library.for_kind(k)) for k in SIGNALS)


@pytest.mark.parametrize("facts", [{}, {"prospect_name": "Marcus", "prospect_words": "The numbers never match"}])
def test_every_builtin_script_renders_cleanly_with_and_without_facts(facts: dict[str, str]) -> None:
    for kind in SIGNALS:
        for template in ScriptLibrary.builtin().for_kind(kind):
            text = template.render(facts).text
            assert "{" not in text and "}" not in text and " ," not in text, text
            assert text[0].isupper() or text[0] in '“"', text


def test_an_unknown_name_drops_out_with_its_comma() -> None:
    t = ScriptTemplate("x", "dead_air", "t", "{prospect_name}, did I lose you? Sorry, {prospect_name}.")
    assert t.render({}).text == "Did I lose you? Sorry."
    assert t.render({"prospect_name": "Ana"}).text == "Ana, did I lose you? Sorry, Ana."


def test_unknown_prospect_words_switch_to_the_fallback() -> None:
    t = ScriptTemplate(
        "x", "pushback", "t", "You said “{prospect_words}”, {prospect_name}.", "Tell me more, {prospect_name}."
    )
    assert t.render({"prospect_name": "Ana"}).text == "Tell me more, Ana."
    assert t.render({"prospect_words": "Too pricey"}).text == "You said “Too pricey”."


def _write(path: Path, body: str) -> Path:
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ('kind = "dead_air"\n[[script]\nid = "x"', "cannot be read as TOML"),
        ('[[script]]\nid = "x"\ntitle = "t"\ntext = "hi"', "kind"),
        (
            'kind = "dead_air"\n[[script]]\nid = "x"\ntitle = "t"\ntext = "Hi {prospect_nmae}"',
            "unknown placeholder {prospect_nmae}",
        ),
        (
            'kind = "dead_air"\n[[script]]\nid = "x"\ntitle = "t"\ntext = "You said {prospect_words}"',
            "needs a fallback",
        ),
        ('kind = "dead_air"\n[[script]]\ntitle = "t"\ntext = "hi"', "needs an id"),
    ],
)
def test_a_broken_file_says_which_file_and_what_is_wrong(tmp_path: Path, body: str, problem: str) -> None:
    path = _write(tmp_path / "mine.toml", body)
    with pytest.raises(ScriptFileError) as caught:
        load_script_file(path)
    assert str(path) in str(caught.value) and problem in str(caught.value)


def test_user_files_replace_add_and_disable_scripts(tmp_path: Path) -> None:
    user = _write(
        tmp_path / "mine.toml",
        'kind = "dead_air"\n'
        '[[script]]\nid = "dead_air.make_it_easy"\ntitle = "Mine"\ntext = "Still with me?"\n'
        '[[script]]\nid = "dead_air.new"\ntitle = "New"\ntext = "Take your time."\n'
        '[[script]]\nid = "dead_air.lost_you"\ndisabled = true\n',
    )
    library = ScriptLibrary.builtin().with_overrides([load_script_file(user)])
    ids = [t.id for t in library.for_kind("dead_air")]
    assert ids[0] == "dead_air.make_it_easy" and library.for_kind("dead_air")[0].text == "Still with me?"
    assert "dead_air.new" in ids and "dead_air.lost_you" not in ids
