"""Web pages and clipboard HTML: main text, metadata, comments apart, chrome gone, nothing unsafe kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guides.article import Article, build_article, normalize_block_text
from guides.errors import NoArticleTextError
from guides.importing import import_bytes, import_text
from guides.importing.extracted import Extracted
from guides.importing.html import read_html
from guides.importing.markup import walk
from guides.importing.sanitize import parse_html_document, sanitize_html

HTML = Path(__file__).parents[1] / "fixtures" / "html"


def page(name: str) -> str:
    return (HTML / name).read_text(encoding="utf-8")


def imported(name: str) -> Article:
    article = import_bytes((HTML / name).read_bytes(), name="x.html")
    for block in article.blocks:
        assert article.text[block.start : block.end] == block.text
        for span in block.inline:
            assert block.start <= span.start < span.end <= block.end
    return article


def kinds(extracted: Extracted) -> list[tuple[str, str]]:
    return [(d.kind, d.text) for d in extracted.drafts]


# --- a WordPress post -----------------------------------------------------------

WORDPRESS_CHROME = [
    "We use cookies",
    "Accept cookies",
    "Skip to content",
    "Notes on marriage, friendship and faith",
    "About Miriam",
    "Share this",
    "Facebook",
    "Related",
    "Date night when the budget is tight",
    "Posted in",
    "Tagged",
    "nineteen years",  # the author box
    "Previous post",
    "Keeping a Sabbath with small children",
    "Recent Posts",
    "Get new essays in your inbox",
    "Archives",
    "Leave a Reply",
    "Your email address will not be published",
    "Proudly powered by",
    "Privacy Policy",
]


def test_wordpress_metadata() -> None:
    extracted = read_html(page("wordpress-post.html"))
    assert extracted.title == "Learning to Disagree at the Kitchen Table"
    assert extracted.author == "Miriam Okafor"
    assert extracted.date == "2023-04-18"
    assert extracted.site == "The Long Table"
    assert extracted.language == "en"


def test_wordpress_structure() -> None:
    extracted = read_html(page("wordpress-post.html"))
    found = kinds(extracted)
    assert found[0][1].startswith("For the first six years of our marriage")
    assert ("heading", "Why quiet isn’t the same as peace") in found
    assert ("heading", "A question to take home") in found
    quote = next(d for d in extracted.drafts if d.kind == "quote")
    assert quote.text.startswith("“A marriage does not grow strong")
    assert ("quote", "Rev. Ada Martínez, preaching on Ephesians 4") in found
    headings = [(d.text, d.level) for d in extracted.drafts if d.kind == "heading"]
    assert headings == [
        ("Why quiet isn’t the same as peace", 2),
        ("What we practise now", 2),
        ("A question to take home", 3),
    ]


def test_wordpress_lists_keep_depth_and_numbers_across_a_split_list() -> None:
    items = [(d.text.split(".")[0], d.level, d.ordinal) for d in read_html(page("wordpress-post.html")).drafts
             if d.kind == "list_item"]  # fmt: skip
    assert items == [
        ("Name the topic before the feeling", 1, 1),
        ("Ask one question before answering", 1, 2),
        # The page continues the list with <ol start="3"> after a paragraph.
        ("Set a time limit", 1, 3),
        ("End by saying one true, kind thing about the other person, even when nothing is settled", 1, 4),
        ("Old arguments brought in as evidence", 1, None),
        ("especially the one about the café in Montréal", 2, None),
        ("and anything said after ten o’clock at night", 2, None),
        ("Talking about the other person to the children", 1, None),
        ("Sarcasm, even the clever kind", 1, None),
    ]


def test_wordpress_inline_marks() -> None:
    drafts = read_html(page("wordpress-post.html")).drafts
    marks = {(i.kind, d.text[i.start : i.end], i.href) for d in drafts for i in d.inline}
    assert ("emphasis", "I see this differently", None) in marks
    assert ("strong", "generous", None) in marks
    assert ("strong", "Name the topic before the feeling.", None) in marks
    assert (
        "link",
        "the ministry of small apologies",
        "https://thelongtable.example/2022/11/the-ministry-of-small-apologies/",
    ) in marks


def test_wordpress_comments_are_set_apart_one_by_one() -> None:
    extracted = read_html(page("wordpress-post.html"))
    comments = [r for r in extracted.removed if r.kind == "comment"]
    assert [c.author for c in comments] == [
        "Daniel Reyes",
        "Miriam Okafor",
        "Fast Cash Loans Online",
        "Zoë Lindqvist",
        "Ruth Abernathy",
    ]
    assert comments[0].text == (
        "The twenty-minute limit is what we needed. My wife and I can go round in circles until "
        "midnight and then neither of us sleeps."
        "\n\nDid you find it hard to actually stop when the time was up?"
    )
    assert all(c.position == len(extracted.drafts) for c in comments)
    assert len({c.id for c in comments}) == 5
    header = [r for r in extracted.removed if r.kind == "comment_header"]
    assert [h.text for h in header] == ["5 thoughts on “Learning to Disagree at the Kitchen Table”"]


def test_wordpress_link_spam_is_flagged() -> None:
    comments = {c.author: c for c in read_html(page("wordpress-post.html")).removed if c.kind == "comment"}
    assert comments["Fast Cash Loans Online"].spam is True
    assert comments["Fast Cash Loans Online"].spam_reason
    assert [name for name, c in comments.items() if c.spam is False] == [
        "Daniel Reyes",
        "Miriam Okafor",
        "Zoë Lindqvist",
        "Ruth Abernathy",
    ]


def test_wordpress_through_the_dispatcher() -> None:
    article = imported("wordpress-post.html")
    assert article.title == "Learning to Disagree at the Kitchen Table"
    assert (article.author, article.date, article.site, article.language) == (
        "Miriam Okafor",
        "2023-04-18",
        "The Long Table",
        "en",
    )
    for chrome in WORDPRESS_CHROME:
        assert chrome not in article.text, chrome
    for comment in article.comments:
        assert comment.text.split("\n")[0] not in article.text
    assert len(article.comments) == 5
    assert [c.author for c in article.comments if c.spam] == ["Fast Cash Loans Online"]
    assert "café in Montréal" in article.text and "“You never help.”" in article.text
    assert "didn’t have them" in article.text


def _visible_texts(html: str) -> list[str]:
    """Every piece of text a visitor sees on the page (not scripts, styles or hidden parts).

    A comment's own header (its author, date and Reply link) is left out: a
    comment keeps its words, with the author in its own field.
    """
    tree = parse_html_document(html)
    assert tree is not None
    body = tree.find("body")
    assert body is not None
    unseen = {"script", "style", "noscript", "template", "svg", "title"}
    texts = []
    for element in body.iter():
        if not isinstance(element.tag, str) or element.tag in unseen:
            continue
        hidden = any(
            e.get("hidden") is not None
            or e.get("aria-hidden") == "true"
            or "display:none" in (e.get("style") or "").replace(" ", "")
            or e.tag in unseen
            or "comment" in (e.get("class") or "").split()
            for e in [element, *element.iterancestors()]
        )
        if hidden:
            continue
        for text in (element.text, *(child.tail for child in element)):
            line = " ".join((text or "").split())
            if line and any(ch.isalnum() for ch in line):
                texts.append(line)
    return texts


@pytest.mark.parametrize("name", ["wordpress-post.html", "blogger-post.html", "medium-post.html"])
def test_every_text_on_a_saved_page_is_in_the_article_or_listed_as_removed(name: str) -> None:
    article = imported(name)
    flat = " ".join(" ".join([article.title, article.text, *(r.text for r in article.removed)]).split())
    squeezed = flat.replace(" ", "")
    lost = [t for t in _visible_texts(page(name)) if t not in flat and t.replace(" ", "") not in squeezed]
    assert lost == []


def test_wordpress_furniture_is_listed_with_what_it_is() -> None:
    article = imported("wordpress-post.html")
    reasons = [r.reason for r in article.removed if r.kind != "comment"]
    for expected in (
        "A cookie notice.",
        "The page’s header: the site’s name and menu.",
        "Share buttons.",
        "The author box under the post.",
        "A sidebar.",
        "The page’s footer.",
    ):
        assert expected in reasons
    cookie = next(r for r in article.removed if r.reason == "A cookie notice.")
    assert cookie.text.startswith("We use cookies") and cookie.position == 0
    footer = next(r for r in article.removed if r.reason == "The page’s footer.")
    assert "Proudly powered by WordPress" in footer.text and footer.position == len(article.blocks)
    for piece in article.removed:
        assert piece.text.strip() not in article.text


# --- a Blogger post ---------------------------------------------------------------


def test_blogger_metadata_and_paragraphs_split_at_double_breaks() -> None:
    extracted = read_html(page("blogger-post.html"))
    assert extracted.title == "The Friend Who Brings Soup"
    assert extracted.author == "Thomas Ashby"
    assert extracted.date == "2019-03-03"
    assert extracted.site == "Quiet Harbour"  # from "<title>Quiet Harbour: The Friend Who Brings Soup"
    assert extracted.language == "en"
    found = kinds(extracted)
    assert found[0][0] == "paragraph" and found[0][1].startswith("When my father was in hospital")
    assert found[0][1].endswith("no intention of asking first.")
    assert found[1][1].startswith("I have been both kinds of friend.")
    assert ("heading", "What Bernadette knew") in found
    assert ("quote", "“Don’t ask a tired person what they need. Look, and bring it.”") in found
    assert [t for k, t in found if k == "list_item"][3] == (
        "Keep showing up in the third month, when everyone else has stopped."
    )
    assert found[-1] == (
        "paragraph",
        "My father is well now, and I have a pot of my own. I am learning to use it.",
    )


def test_blogger_comments_with_authors_and_spam() -> None:
    extracted = read_html(page("blogger-post.html"))
    comments = [r for r in extracted.removed if r.kind == "comment"]
    assert [(c.author, c.spam) for c in comments] == [
        ("Agnieszka Nowak", False),
        ("Thomas Ashby", False),
        ("Anonymous", True),
    ]
    assert comments[1].text == "That is exactly it, Agnieszka. I hope the casserole is a good one!"
    assert "Reply" not in " ".join(c.text for c in comments)


def test_blogger_through_the_dispatcher_leaves_the_chrome() -> None:
    article = imported("blogger-post.html")
    for chrome in [
        "Small thoughts on friendship",
        "Pages",
        "Sunday, 3 March 2019",
        "Posted by",
        "Labels",
        "Email This",
        "Newer Post",
        "Subscribe to",
        "Blog Archive",
        "hospital chaplain",
        "Powered by",
        "casserole",
    ]:
        assert chrome not in article.text, chrome


# --- a Medium-style page ------------------------------------------------------------


def test_medium_metadata_and_body() -> None:
    extracted = read_html(page("medium-post.html"))
    assert extracted.title == "What My Daughter Taught Me About Waiting"
    assert extracted.author == "Anna Whitfield"
    assert extracted.date == "2021-09-27"
    assert extracted.site == "Slow Homes"
    found = kinds(extracted)
    # The page's own h1 repeats the title and is not kept as a block.
    assert found[0] == ("heading", "A seven-year-old, a packet of sunflower seeds, and a lesson in patience")
    pull_quote = next(d for d in extracted.drafts if d.kind == "quote")
    assert pull_quote.text.startswith("They needed the dark for longer.")
    assert [(i.kind, pull_quote.text[i.start : i.end]) for i in pull_quote.inline] == [
        ("emphasis", "They needed the dark for longer.")
    ]
    assert [d.ordinal for d in extracted.drafts if d.kind == "list_item"] == [1, 2, 3]


def test_medium_chrome_does_not_reach_the_article() -> None:
    article = imported("medium-post.html")
    for chrome in [
        "Sign up",
        "Sign in",
        "Follow",
        "Listen",
        "Share",
        "min read",
        "1.2K",
        "Written by",
        "Mother of three",
        "More from Anna Whitfield",
        "The grace of a messy kitchen",
        "Recommended from Medium",
        "Text to speech",
        "Distraction-free reading",
        "Photo by the author",
    ]:
        assert chrome not in article.text, chrome
    assert article.text.endswith("more slowly than she did.")


# --- pages with little or no text -------------------------------------------------------


def test_a_page_of_navigation_only_has_no_article_text() -> None:
    with pytest.raises(NoArticleTextError):
        read_html(page("no-main-text.html"))
    with pytest.raises(NoArticleTextError):
        import_bytes((HTML / "no-main-text.html").read_bytes(), name="x.html")


def test_a_short_page_falls_back_to_its_own_body_without_furniture() -> None:
    html = (
        '<!DOCTYPE html><html lang="pt-BR"><head><title>Um bilhete</title></head><body>'
        '<nav><a href="/">Início</a><a href="/sobre">Sobre</a></nav>'
        '<div class="cookie-notice">Usamos cookies.</div>'
        "<main><h1>Um bilhete</h1><p>Obrigada pelo almoço de domingo. As crianças ainda falam do pudim.</p>"
        "</main><footer><p>© 2024 Família Souza</p></footer></body></html>"
    )
    extracted = read_html(html)
    assert extracted.language == "pt"
    assert [d.text for d in extracted.drafts if d.kind == "paragraph"] == [
        "Obrigada pelo almoço de domingo. As crianças ainda falam do pudim."
    ]
    text = " ".join(d.text for d in extracted.drafts)
    for chrome in ("Início", "Sobre", "cookies", "Família Souza"):
        assert chrome not in text


# --- clipboard HTML ----------------------------------------------------------------------


def test_clipboard_fragment_is_read_whole_and_safely() -> None:
    extracted = read_html(page("clipboard-fragment.html"))
    assert extracted.title == "On Being a Guest"
    found = kinds(extracted)
    assert [k for k, _ in found] == [
        "paragraph",
        "paragraph",
        "quote",
        "paragraph",
        "list_item",
        "list_item",
        "list_item",
        "paragraph",
    ]
    assert found[1][1].startswith("Jesus was a guest")  # the tracking pixel left nothing behind
    last = extracted.drafts[-1]
    assert [(i.kind, last.text[i.start : i.end], i.href) for i in last.inline] == [
        ("link", "Read the rest of the series", "https://example.org/hospitality-series")
    ]


def test_clipboard_fragment_through_import_text() -> None:
    article = import_text(page("clipboard-fragment.html"))
    assert article.title == "On Being a Guest"
    assert "tracker" not in article.text
    assert "“Let me be the one who says thank you first,”" in article.text
    assert "someone else’s table" in article.text


def test_firefox_style_fragment_markers() -> None:
    html = (
        "<html><body>\n<!--StartFragment--><p>Friendship is a long conversation.</p>"
        "<p>Some of it happens without words.</p><!--EndFragment-->\n</body>\n</html>"
    )
    article = import_text(html, html=True)
    assert [b.text for b in article.blocks] == [
        "Friendship is a long conversation.",
        "Some of it happens without words.",
    ]


# --- the walker on HTML ----------------------------------------------------------------------


def walked(html: str) -> list[tuple[str, int, int | None, str]]:
    root = parse_html_document(html)
    assert root is not None
    return [(d.kind, d.level, d.ordinal, d.text) for d in walk(root)]


def test_walker_lists_honour_start_value_and_reversed() -> None:
    assert walked('<ol start="4"><li>four</li><li value="9">nine</li><li>ten</li></ol>') == [
        ("list_item", 1, 4, "four"),
        ("list_item", 1, 9, "nine"),
        ("list_item", 1, 10, "ten"),
    ]
    assert walked("<ol reversed><li>three</li><li>two</li><li>one</li></ol>") == [
        ("list_item", 1, 3, "three"),
        ("list_item", 1, 2, "two"),
        ("list_item", 1, 1, "one"),
    ]


def test_walker_loose_text_breaks_figures_tables_and_skipped_parts() -> None:
    html = (
        "<div>Loose text in a div<br>with a line break<br><br>and a new paragraph"
        "<section>Section text</section>tail after</div>"
        '<figure><img src="x.jpg" alt="Two cups of tea"><figcaption>After the service</figcaption></figure>'
        "<p>Decorative <img src='y.png' alt=''> image.</p>"
        "<table><tr><th>Week</th><th>Passage</th></tr><tr><td>1</td><td>Ruth 1</td></tr></table>"
        "<script>var x = 'never';</script><style>p{}</style><nav>Menu</nav><aside>Aside</aside>"
        "<form><button>Send</button></form><noscript>Enable JS</noscript><svg><text>Svg</text></svg>"
        "<iframe src='https://x.example'></iframe>"
        "<blockquote><p>First quoted paragraph</p><p>Second one</p></blockquote>"
        "<pre>  keep\n    this</pre>"
    )
    assert walked(html) == [
        ("paragraph", 0, None, "Loose text in a div\nwith a line break"),
        ("paragraph", 0, None, "and a new paragraph"),
        ("paragraph", 0, None, "Section text"),
        ("paragraph", 0, None, "tail after"),
        ("paragraph", 0, None, "[image: Two cups of tea]"),
        ("paragraph", 0, None, "After the service"),
        ("paragraph", 0, None, "Decorative image."),
        ("paragraph", 0, None, "Week | Passage"),
        ("paragraph", 0, None, "1 | Ruth 1"),
        ("quote", 0, None, "First quoted paragraph"),
        ("quote", 0, None, "Second one"),
        ("preformatted", 0, None, "  keep\n    this"),
    ]


def test_walker_inline_spans_point_at_their_words() -> None:
    root = parse_html_document(
        "<p>We <em>waited</em>, we <b>prayed</b>, we read <code>Psalm 46</code> and "
        '<a href="/notes">the notes</a>.</p><h2>A <i>heading</i></h2>'
    )
    assert root is not None
    drafts = walk(root, base_url="https://example.org/blog/post")
    spans = [(i.kind, d.text[i.start : i.end], i.href) for d in drafts for i in d.inline]
    assert spans == [
        ("emphasis", "waited", None),
        ("strong", "prayed", None),
        ("code", "Psalm 46", None),
        ("link", "the notes", "https://example.org/notes"),
        ("emphasis", "heading", None),
    ]


def test_walker_reads_trafilatura_xml() -> None:
    from lxml import etree

    xml = (
        '<body><head rend="h3">Small things</head><p>One <hi rend="#i">small</hi> and '
        '<hi rend="#b">bold</hi> <ref target="https://example.org/a">link</ref><lb/>line two</p>'
        '<quote><p>Quoted</p></quote><list rend="ol"><item>first<list rend="ul"><item>inner</item>'
        "</list></item><item>second</item></list></body>"
    )
    drafts = walk(etree.fromstring(xml))
    assert [(d.kind, d.level, d.ordinal, d.text) for d in drafts] == [
        ("heading", 3, None, "Small things"),
        ("paragraph", 0, None, "One small and bold link\nline two"),
        ("quote", 0, None, "Quoted"),
        ("list_item", 1, 1, "first"),
        ("list_item", 2, None, "inner"),
        ("list_item", 1, 2, "second"),
    ]
    assert [i.kind for i in drafts[1].inline] == ["emphasis", "strong", "link"]


# --- the sanitiser ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dirty", "never"),
    [
        ('<p>Hi<img src="http://tracker.example/p.gif" alt="A pixel"></p>', ["<img", "tracker.example"]),
        (
            '<p srcset="http://x.example/a.png 2x">x</p><picture><source srcset="http://x.example/b"></picture>',
            ["srcset", "x.example"],
        ),
        ("<script>alert('hi')</script><p>text</p>", ["<script", "alert"]),
        (
            '<img src="x" onerror="alert(1)"><p onclick="steal()">x</p>',
            ["onerror", "onclick", "alert(", "steal"],
        ),
        ('<link rel="stylesheet" href="http://bad.example/x.css"><p>x</p>', ["<link", "bad.example"]),
        ('<p style="background:url(http://bad.example/bg.png)">x</p>', ["style", "url(", "bad.example"]),
        ("<style>body{background:url(http://bad.example/bg.png)}</style><p>x</p>", ["<style", "bad.example"]),
        ('<iframe src="http://bad.example/frame"></iframe><p>x</p>', ["<iframe", "bad.example"]),
        ('<object data="http://bad.example/o"></object><embed src="http://bad.example/e">', ["bad.example"]),
        ('<a href="javascript:alert(1)">x</a>', ["javascript", "alert"]),
        ('<video src="http://bad.example/v.mp4" poster="http://bad.example/p.jpg"></video>', ["bad.example"]),
        ('<svg><image href="http://bad.example/s.png"/></svg>', ["bad.example", "<svg"]),
        ('<form action="http://bad.example/"><input name="q"></form>', ["<form", "<input", "bad.example"]),
        ("<!--[if IE]><script src='http://bad.example/ie.js'></script><![endif]--><p>x</p>", ["bad.example"]),
    ],
)
def test_sanitiser_removes_everything_that_runs_or_loads(dirty: str, never: list[str]) -> None:
    clean = sanitize_html(dirty)
    for fragment in never:
        assert fragment not in clean


def test_sanitiser_keeps_text_structure_and_safe_links() -> None:
    clean = sanitize_html(
        '<h2 class="x">Title</h2><p>A <em>b</em> <strong>c</strong> <a href="https://example.org/" '
        'target="_blank">link</a> <a href="mailto:pastor@example.org">mail</a> '
        '<a href="/relative">rel</a></p>'
        '<ol start="3"><li>three</li></ol><img src="https://example.org/a.png" alt="Church doors">'
    )
    assert "<h2>Title</h2>" in clean
    assert '<a href="https://example.org/" rel="noopener noreferrer">link</a>' in clean
    assert '<a href="mailto:pastor@example.org" rel="noopener noreferrer">mail</a>' in clean
    assert '<a rel="noopener noreferrer">rel</a>' in clean
    assert '<ol start="3">' in clean
    assert '<span class="image-placeholder">[image: Church doors]</span>' in clean
    assert "target" not in clean and 'class="x"' not in clean


def test_sanitiser_resolves_relative_links_against_a_base() -> None:
    clean = sanitize_html('<a href="../other">x</a>', base_url="https://example.org/blog/post/")
    assert 'href="https://example.org/blog/other"' in clean


def test_sanitised_pages_keep_curly_quotes_and_accents() -> None:
    clean = sanitize_html("<p>“Naïve” isn’t the word — it’s <em>crème brûlée</em>.</p>")
    assert clean == "<p>“Naïve” isn’t the word — it’s <em>crème brûlée</em>.</p>"


# --- hostile shapes ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("<blockquote>q", "</blockquote>"),
        ("<ul><li>x", "</li></ul>"),
        ("<div>t", "</div>"),
        ("<table><tr><td>c", "</td></tr></table>"),
    ],
)
def test_deep_nesting_neither_crashes_nor_loses_the_text_it_reaches(opening: str, closing: str) -> None:
    html = "<html><body>" + opening * 400 + "end" + closing * 400 + "</body></html>"
    root = parse_html_document(html)
    assert root is not None
    drafts = walk(root)
    assert drafts
    assert read_html(html).drafts


def test_a_huge_flat_page_is_read() -> None:
    paragraphs = "".join(f"<p>Paragraph {n} of a very long sermon transcript.</p>" for n in range(3000))
    extracted = read_html(f"<html><body><article><h1>Long</h1>{paragraphs}</article></body></html>")
    assert len(extracted.drafts) >= 3000


# --- the walker's promises, on any tree -----------------------------------------------------------------

_WORDS = st.sampled_from(
    ["grace", " ", "  ", "\n", "\u00a0", "café", "“quoted”", "soft\u00adhyphen", "a\tb", ""]
)
_TAGS = st.sampled_from(
    ["p", "div", "em", "strong", "a", "code", "br", "h2", "blockquote", "ul", "ol", "li", "pre", "span",
     "table", "tr", "td", "img", "figure", "figcaption", "q", "section", "script", "nav"]
)  # fmt: skip


@st.composite
def html_trees(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        if depth < 5 and draw(st.booleans()):
            tag = draw(_TAGS)
            attributes = {"a": ' href="https://example.org/x"', "img": ' alt="a view"'}.get(tag, "")
            parts.append(f"<{tag}{attributes}>{draw(html_trees(depth + 1))}</{tag}>")
        else:
            parts.append(draw(_WORDS))
    return "".join(parts)


@settings(max_examples=150, deadline=None)
@given(html_trees())
def test_walker_drafts_are_normalised_and_spans_fit(html: str) -> None:
    root = parse_html_document(f"<html><body>{html}</body></html>")
    if root is None:
        return
    drafts = walk(root)
    for draft in drafts:
        assert draft.text
        assert draft.text == normalize_block_text(draft.text, preformatted=draft.kind == "preformatted")
        assert draft.kind != "heading" or 1 <= draft.level <= 6
        assert draft.kind != "list_item" or draft.level >= 1
        for span in draft.inline:
            assert 0 <= span.start < span.end <= len(draft.text)
            piece = draft.text[span.start : span.end]
            assert piece == piece.strip()
    article = build_article(drafts, title="t")
    assert [b.text for b in article.blocks] == [d.text for d in drafts]


# --- other comment thread shapes ------------------------------------------------------------------

POST_BODY = (
    "<p>We moved house in the spring and left behind a street where everyone knew the names of "
    "everyone else’s dogs. The new street is friendly enough, but friendly is not the same as known.</p>"
    "<p>So on the first Friday of every month we leave the front door open from seven until nine, put the "
    "kettle on, and see who comes. Some months nobody does. Some months the kitchen is too small.</p>"
    "<p>It has taught me that hospitality is mostly a matter of being findable: of leaving a door open "
    "long enough that somebody shy has time to walk past twice before knocking.</p>"
)


def test_old_blogger_comments_in_a_definition_list() -> None:
    html = (
        "<!DOCTYPE html><html lang='en'><head><title>Open Door Fridays</title></head><body>"
        "<div class='post'><h3 class='post-title'>Open Door Fridays</h3>"
        f"<div class='post-body'>{POST_BODY}</div></div>"
        "<div id='comments'><h4>2 Comments:</h4><dl id='comments-block'>"
        "<dt class='comment-author' id='c101'><a name='c101'></a><a href='https://www.blogger.example/p/1'>"
        "Hannah Brooks</a> said...</dt>"
        "<dd class='comment-body'><p>We tried this after reading your post. Two neighbours came!</p></dd>"
        "<dd class='comment-footer'><span class='comment-timestamp'>7 May 2012 09:14</span></dd>"
        "<dt class='comment-author' id='c102'><a name='c102'></a>Anonymous said...</dt>"
        "<dd class='comment-body'><p>Lovely idea. Our door is always open too.</p></dd>"
        "<dd class='comment-footer'><span class='comment-timestamp'>8 May 2012 21:40</span></dd>"
        "</dl></div></body></html>"
    )
    extracted = read_html(html)
    comments = [(c.author, c.text) for c in extracted.removed if c.kind == "comment"]
    assert comments == [
        ("Hannah Brooks", "We tried this after reading your post. Two neighbours came!"),
        ("Anonymous", "Lovely idea. Our door is always open too."),
    ]
    text = " ".join(d.text for d in extracted.drafts)
    assert "said..." not in text and "Two neighbours came" not in text
    assert "being findable" in text


def test_a_comments_wrapper_around_the_post_keeps_the_post() -> None:
    html = (
        "<!DOCTYPE html><html lang='en'><head><title>Open Door Fridays</title></head><body>"
        "<div class='with-comments'><article><h1>Open Door Fridays</h1>"
        f"{POST_BODY}</article>"
        "<ol class='comment-list'><li class='comment' id='comment-7'><div class='comment-author'>"
        "<cite class='fn'>Owen Price</cite> says:</div><div class='comment-content'>"
        "<p>We do this on Sundays after church. Same idea, more cake.</p></div></li></ol></div>"
        "</body></html>"
    )
    extracted = read_html(html)
    assert [(c.author, c.text) for c in extracted.removed if c.kind == "comment"] == [
        ("Owen Price", "We do this on Sundays after church. Same idea, more cake.")
    ]
    text = " ".join(d.text for d in extracted.drafts)
    assert "being findable" in text and "more cake" not in text


def test_a_block_theme_comment_section() -> None:
    html = (
        "<!DOCTYPE html><html lang='en'><head><title>Open Door Fridays</title></head><body><main>"
        f"<h1 class='wp-block-post-title'>Open Door Fridays</h1><div class='entry-content'>{POST_BODY}</div>"
        "<div class='wp-block-comments'><h2 class='wp-block-comments-title'>One response to “Open Door "
        "Fridays”</h2><ol class='wp-block-comment-template'><li id='comment-31' class='comment even "
        "thread-even depth-1'><div class='wp-block-comment-author-name'>Lucía Fernández</div>"
        "<div class='wp-block-comment-content'><p>¡Qué bonito! We will try it in Sevilla.</p></div>"
        "</li></ol></div></main></body></html>"
    )
    extracted = read_html(html)
    comments = [c for c in extracted.removed if c.kind == "comment"]
    assert [c.text for c in comments] == ["¡Qué bonito! We will try it in Sevilla."]
    assert "Qué bonito" not in " ".join(d.text for d in extracted.drafts)


def test_a_thread_that_cannot_be_split_is_still_set_apart() -> None:
    html = (
        "<!DOCTYPE html><html lang='en'><head><title>Open Door Fridays</title></head><body><article>"
        f"<h1>Open Door Fridays</h1>{POST_BODY}</article>"
        "<div class='comments-content'><p>Beautiful. We started doing this last autumn.</p>"
        "<p>Does anyone else find the first ten minutes the hardest?</p></div></body></html>"
    )
    extracted = read_html(html)
    comments = [(c.author, c.text) for c in extracted.removed if c.kind == "comment"]
    assert comments == [
        (None, "Beautiful. We started doing this last autumn."),
        (None, "Does anyone else find the first ten minutes the hardest?"),
    ]
    assert "last autumn" not in " ".join(d.text for d in extracted.drafts)


def test_google_docs_clipboard_keeps_its_emphasis_and_is_not_all_bold() -> None:
    html = (
        '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5a1b">'
        '<h1 dir="ltr" style="line-height:1.38;margin-top:20pt;">'
        '<span style="font-size:20pt;font-weight:400;">'
        "Notes for Thursday</span></h1>"
        '<p dir="ltr" style="line-height:1.38;">'
        '<span style="font-size:11pt;font-weight:400;font-style:normal;">'
        'Read the passage twice, </span><span style="font-size:11pt;font-weight:700;">slowly</span>'
        '<span style="font-size:11pt;font-weight:400;">, and then ask </span>'
        '<span style="font-size:11pt;font-weight:400;font-style:italic;">what surprised you</span>'
        '<span style="font-size:11pt;font-weight:400;">.</span></p>'
        '<p dir="ltr"><span style="font-weight:700;font-style:italic;">Both at once.</span></p></b><br>'
    )
    extracted = read_html(html)
    assert extracted.title == "Notes for Thursday"
    first, second = extracted.drafts
    assert first.text == "Read the passage twice, slowly, and then ask what surprised you."
    assert [(i.kind, first.text[i.start : i.end]) for i in first.inline] == [
        ("strong", "slowly"),
        ("emphasis", "what surprised you"),
    ]
    assert sorted(i.kind for i in second.inline) == ["emphasis", "strong"]


# --- what a browser never shows, and titles written with entities ----------------------------

_BODY = (
    "<p>We ate together on Thursday and talked about the week, and it was good to be together.</p>"
    "<template><p>Hidden template words that no reader sees.</p><p>More of them.</p></template>"
    "<p>Another paragraph of real words about kindness and trust at the table.</p>"
)


@pytest.mark.parametrize("where", ["page", "fragment", "markdown"])
def test_template_content_is_not_article_text(where: str) -> None:
    if where == "page":
        article = import_bytes(
            f"<html><body><article><h1>Our table</h1>{_BODY}</article></body></html>".encode()
        )
    elif where == "fragment":
        article = import_text(_BODY, html=True)
    else:
        article = import_bytes(f"# Our table\n\n{_BODY}\n\nA last line.\n".encode(), name="table.md")
    assert "kindness and trust" in article.text
    assert "Hidden template" not in article.text
    assert "More of them" not in article.text


@pytest.mark.parametrize(
    ("written", "title"),
    [
        ("Fish &amp;amp; chips &lt;3", "Fish &amp; chips <3"),
        ("Fish &amp; chips", "Fish & chips"),
        ("Tom &amp;lt;b&amp;gt; and Jerry", "Tom &lt;b&gt; and Jerry"),
    ],
)
def test_a_title_is_unescaped_once(written: str, title: str) -> None:
    """trafilatura unescaped titles a second time: "&amp;amp;" became "&", not "&amp;"."""
    page = (
        f"<html><head><title>{written}</title></head><body><article>"
        "<p>We ate together on Thursday and talked about the week, and it was good to be together.</p>"
        "<p>More words about the table and the evening we shared with our neighbours.</p>"
        "</article></body></html>"
    )
    assert import_bytes(page.encode(), name="page.html").title == title
