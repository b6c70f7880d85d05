"""The preconditions table: every precondition ``families.toml`` may name, with its check (a
function of the context, the unit and the voice). The checks live by what they are about: themes,
claims, stories, lists, counsel and questions, each in its own module.
"""

from __future__ import annotations

from collections.abc import Callable

from guides.guide.context import Context, Unit
from guides.guide.families.changes import _changed_reading, _changed_view
from guides.guide.families.claims import (
    _figurative,
    _key_contrast,
    _key_general,
    _plain_claim,
    _the_articles_point,
)
from guides.guide.families.closing import _closing_word, _lesson_learned
from guides.guide.families.columns import _opens_the_answer, _told_the_writer
from guides.guide.families.counsel import (
    _action_reads_alone,
    _counsel_done_for_other,
    _counsel_in_the_answer,
    _counsel_said_to_other,
    _counsel_to_reader,
    _everyday_action,
    _paths_open,
)
from guides.guide.families.lists import (
    _column_steps,
    _list_named,
    _list_of_three,
    _lists_after_a_colon,
    _parallel_list,
    _points_counsel,
    _points_mixed,
    _points_named,
    _points_read_aloud,
    _points_story,
    _points_truths,
    _practice_list,
    _practice_mine,
    _practice_ours,
    _practice_steps,
    _short_items,
)
from guides.guide.families.meaning import _claim_for_anyone, _claim_meant
from guides.guide.families.model import Voice
from guides.guide.families.questions import (
    _about_the_text,
    _argues_by_asking,
    _faith,
    _fits_voice,
    _hopeful_question,
    _objection_taken_up,
    _offered_between_us,
    _offered_to_others,
    _open_question,
    _personal_question,
    _question_list,
    _stands_alone,
    _under_opening,
    _verse_discussed,
    _warning_question,
    _words_to_say,
    _yes_no_question,
)
from guides.guide.families.shapes import (
    _argued_against,
    _defines_theme,
    _more_than_phrase,
    _opposed_view_clause,
    _says_what_instead,
    _says_what_it_is_not,
)
from guides.guide.families.stories import (
    _opens_a_scene,
    _own_story,
    _someone_said,
    _story_of_someone,
    _story_opening,
)
from guides.guide.families.themes import (
    _has_thesis_theme,
    _heavy_topic,
    _main_theme,
    _no_thesis_theme,
    _not_beside_heavy,
    _story_theme_named,
    _subject_theme,
    _theme_in_bank,
    _theme_in_title,
    _theme_is_noun,
    _topic_in_bank,
    _warm_word,
)
from guides.guide.families.thesis import _story_argues, _thesis_argued, _thesis_reads_as_clause

Check = Callable[[Context, Unit, Voice], bool]


CHECKS: dict[str, Check] = {
    "theme_in_bank": _theme_in_bank,
    "theme_is_noun": _theme_is_noun,
    "story_theme_named": _story_theme_named,
    "list_of_three": _list_of_three,
    "parallel_list": _parallel_list,
    "defines_theme": _defines_theme,
    "more_than_phrase": _more_than_phrase,
    "opposed_view_clause": _opposed_view_clause,
    "key_contrast": _key_contrast,
    "key_general": _key_general,
    "the_articles_point": _the_articles_point,
    "points_named": _points_named,
    "points_read_aloud": _points_read_aloud,
    "points_are_counsel": _points_counsel,
    "points_are_truths": _points_truths,
    "paths_open": _paths_open,
    "plain_claim": _plain_claim,
    "figurative": _figurative,
    "faith": _faith,
    "verse_discussed": _verse_discussed,
    "open_question": _open_question,
    "yes_no_question": _yes_no_question,
    "fits_voice": _fits_voice,
    "stands_alone": _stands_alone,
    "hopeful_question": _hopeful_question,
    "warning_question": _warning_question,
    "counsel_to_reader": _counsel_to_reader,
    "everyday_action": _everyday_action,
    "action_reads_alone": _action_reads_alone,
    "counsel_said_to_other": _counsel_said_to_other,
    "counsel_done_for_other": _counsel_done_for_other,
    "thesis_reads_as_clause": _thesis_reads_as_clause,
    "thesis_argued": _thesis_argued,
    "story_argues": _story_argues,
    "argued_against": _argued_against,
    "changed_reading": _changed_reading,
    "changed_view": _changed_view,
    "closing_word": _closing_word,
    "lesson_learned": _lesson_learned,
    "claim_meant": _claim_meant,
    "claim_for_anyone": _claim_for_anyone,
    "points_walk_a_story": _points_story,
    "points_mixed": _points_mixed,
    "topic_in_bank": _topic_in_bank,
    "argues_by_asking": _argues_by_asking,
    "under_opening": _under_opening,
    "heavy_topic": _heavy_topic,
    "not_beside_heavy": _not_beside_heavy,
    "says_what_it_is_not": _says_what_it_is_not,
    "personal_question": _personal_question,
    "opens_the_answer": _opens_the_answer,
    "told_the_writer": _told_the_writer,
    "practice_list": _practice_list,
    "practice_steps": _practice_steps,
    "question_list": _question_list,
    "practice_ours": _practice_ours,
    "practice_mine": _practice_mine,
    "counsel_in_the_answer": _counsel_in_the_answer,
    "short_items": _short_items,
    "main_theme": _main_theme,
    "subject_theme": _subject_theme,
    "warm_word": _warm_word,
    "theme_in_title": _theme_in_title,
    "lists_after_a_colon": _lists_after_a_colon,
    "story_of_someone": _story_of_someone,
    "story_opening": _story_opening,
    "opens_a_scene": _opens_a_scene,
    "own_story": _own_story,
    "thesis_theme": _has_thesis_theme,
    "no_thesis_theme": _no_thesis_theme,
    "says_what_instead": _says_what_instead,
    "someone_said": _someone_said,
    "about_the_text": _about_the_text,
    "list_named": _list_named,
    "column_steps": _column_steps,
    "offered_between_us": _offered_between_us,
    "offered_to_others": _offered_to_others,
    "words_to_say": _words_to_say,
    "objection_taken_up": _objection_taken_up,
}
"""Every precondition ``families.toml`` may name; a test checks the table names no other."""
