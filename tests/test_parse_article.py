"""The article side of a page: where its body stands, its headline, its chrome."""

from __future__ import annotations

from datetime import date

import pytest

from comments import parse_text
from comments.parse.article import locate_article, marked_headings
from comments.parse.lines import classify_lines
from comments.parse.sections import find_layout, is_boilerplate_line
from comments.parse.stamps import read_date

MENU = "\n".join(f"  • {item}" for item in ("Home", "Recipes", "Travel", "About", "Contact"))
PROSE = (
    "The committee met on Tuesday to discuss the plans for the new bridge, which have "
    "been delayed twice since the spring."
)


def _article(text: str) -> tuple[str | None, list[str]]:
    page = parse_text(text)
    return page.title, page.paragraphs


def test_menu_and_site_tagline_are_not_the_article() -> None:
    text = (
        "My Site\n\nA blog about everything under the sun, since 2009.\n\n"
        f"{MENU}\n\nBridge plans delayed again\n\nBy Ann Lee · May 2, 2020\n\n{PROSE}\n\n"
        "Related posts\n\n  • Another story\n  • Yet another story\n"
    )
    title, paragraphs = _article(text)
    assert title == "Bridge plans delayed again"
    assert paragraphs == [PROSE]


HEADLINE_CASES = {
    "above its byline, not the caption": (
        f"{MENU}\n\nBridge plans delayed again\n\nBy Ann Lee · May 2, 2020\n\nShare\n\n"
        f"The old bridge at dusk\n\n{PROSE}\n",
        "Bridge plans delayed again",
    ),
    "under a blog's date header": (
        "Stitch & Rivet\n\nRepairing clothes instead of replacing them.\n\n"
        f"Saturday, March 5, 2011\n\nMending a waxed jacket\n\n{PROSE}\n",
        "Mending a waxed jacket",
    ),
    # a box of the site's over the headline: its blurb weighs as prose and opens the span
    "under a site's blurb and its links": (
        f"{MENU}\n\nNew to our community?\n\nLearn to plan your money so that you can focus "
        "on your patients, your family and your own wellness.\n\nQuick start\nBoot camp\n\n"
        f"Bridge plans delayed again\n\nBy Ann Lee\n\nMay 2, 2020 | 3 Comments\n\n{PROSE}\n\n"
        f"{PROSE}\n",
        "Bridge plans delayed again",
    ),
    # ... but the standfirst under the headline, its byline under it, is no headline
    **{
        f"over its standfirst and byline ({end})": (
            f"{MENU}\n\nBridge plans delayed again\n\nThe council lost two years. Who will "
            f"pay for a bridge that nobody wanted{end}\n\nBy Ann Lee\n\n{PROSE}\n\n{PROSE}\n",
            "Bridge plans delayed again",
        )
        for end in ".?"
    },
    # ... nor a subheading over a bare date, nor a sentence over a byline, in the article
    "over a dated subheading and a signed sentence": (
        f"{MENU}\n\nBridge plans delayed again\n\n{PROSE}\n\nWhat the council said\n\n"
        "May 2, 2020\n\nAnn Lee asked the mayor.\n\nBy Ann Lee\n\n"
        f"{PROSE}\n",
        "Bridge plans delayed again",
    ),
    "not a count or alt text": (
        f"{MENU}\n\nBridge plans delayed again\n\n221 Shares\n\n"
        f"Bridge at duskBridge at dusk\n\n{PROSE}\n",
        "Bridge plans delayed again",
    ),
}


@pytest.mark.parametrize("case", list(HEADLINE_CASES))
def test_headline(case: str) -> None:
    text, headline = HEADLINE_CASES[case]
    assert _article(text)[0] == headline


def test_section_heading_before_the_article_does_not_end_it() -> None:
    text = (
        "Search\n\nTags\n\n  • Politics\n  • Bridges\n\nBridge plans delayed again\n\n"
        f"By Ann Lee\n\n{PROSE}\n\n{PROSE}\n"
    )
    title, paragraphs = _article(text)
    assert title == "Bridge plans delayed again"
    assert paragraphs == [PROSE, PROSE]


def test_article_ends_with_its_list_before_the_share_row() -> None:
    text = (
        f"Headline\n\n{PROSE}\n\nWhat you need:\n\n  • Flour\n  • Water\n  • Salt\n\n"
        "Share this:\n\n  • Facebook\n  • Twitter\n"
    )
    assert _article(text)[1] == [PROSE, "What you need:", "Flour", "Water", "Salt"]


def test_teasers_after_a_section_heading_are_not_the_article() -> None:
    teaser = f"Another story\n{PROSE}"
    teasers = "\n\n".join([teaser] * 3)
    text = f"Headline\n\n{PROSE}\n\n{PROSE}\n\nShare this\n\n{teasers}\n"
    assert _article(text)[1] == [PROSE, PROSE]


def test_count_link_under_the_byline_does_not_end_the_article() -> None:
    text = f"Site\n\nHeadline\n\nAug 9, 2012\nWilma\nNo Comments\n\n{PROSE}\n\n{PROSE}\n"
    assert _article(text)[1] == [PROSE, PROSE]


def test_wrapped_line_starting_with_a_byline_word_is_running_text() -> None:
    lines = [
        "Headline",
        "",
        "Dopo sette mesi di lavori il sentiero che sale alle cascate del rio Freddo è",
        "di nuovo percorribile per intero, dal parcheggio fino al secondo salto.",
    ]
    page = parse_text("\n".join(lines))
    assert page.paragraphs == [" ".join(lines[2:])]


def test_locate_article_keeps_the_quoted_headline() -> None:
    page = [
        "My Blog",
        "  • Home",
        "",
        "The post",
        "",
        PROSE,
        "",
        "2 thoughts on “The post”",
        "  1. Ann says:",
        "     Hi",
    ]
    lines = classify_lines(page)
    article = locate_article(lines, find_layout(lines))
    assert (article.title, article.body) == (3, range(5, 6))


def test_share_buttons_newsletter_and_related_heading_are_chrome() -> None:
    text = (
        f"Headline\n\nBy Ann Lee\n\n{PROSE}\n\n  • teilen\n  • Pinterest192.0K\n\n"
        "Email Newsletter\n\nAuch interessant:\n\n"
        "  • Ein anderer Artikel, der mit diesem nichts zu tun hat und lang ist.\n"
    )
    page = parse_text(text)
    assert page.paragraphs == [PROSE]
    assert "Email Newsletter" in page.boilerplate


@pytest.mark.parametrize(
    "row",
    ["Zum Rezept springen Drucken", "Jump to Recipe Print Recipe Pin Recipe", "Jump to Recipe"],
)
def test_a_recipe_cards_row_of_buttons_is_chrome_that_parts_nothing(row: str) -> None:
    """Dropped from the article, but standing inside it (a recipe card's buttons between
    the story and the recipe) it does not part the article as a widget does."""
    page = parse_text(f"Headline\n\n{PROSE}\n\n{row}\n\n{PROSE}\n")
    assert page.paragraphs == [PROSE, PROSE]
    assert row in page.boilerplate


def test_a_bare_print_button_inside_a_recipe_does_not_part_the_article() -> None:
    """ "Drucken" alone (a recipe card's print button between the steps) is no row of
    buttons: chrome there would part the article as a widget does."""
    page = parse_text(f"Headline\n\n{PROSE}\n\nDrucken\n\n{PROSE}\n")
    assert page.paragraphs == [PROSE, "Drucken", PROSE]


def test_author_box_after_the_article_ends_it() -> None:
    text = (
        f"Headline\n\n{PROSE}\n\n{PROSE}\n\nÜber Lena Brandt\n\n"
        "Seit 2010 als Journalist tätig und hat 2017 sein erstes Buch veröffentlicht, "
        "das von Reisen und Wintersport handelt.\n"
    )
    assert _article(text)[1] == [PROSE, PROSE]


@pytest.mark.parametrize("heading", ["Frequently asked questions", "FAQ", "FAQs"])
def test_an_articles_questions_and_answers_are_the_article(heading: str) -> None:
    """A guide ends with its questions and answers: the article's, not the site's."""
    answer = (
        "Most desks reach their full height in about twenty seconds, and the motor stops "
        "by itself when something is in the way."
    )
    question = "How long does the desk take to rise?"
    text = f"Headline\n\n{PROSE}\n\n{PROSE}\n\n{heading}\n\n{question}\n\n{answer}\n"
    assert _article(text)[1] == [PROSE, PROSE, heading, question, answer]


def test_table_of_contents_entries_are_dropped() -> None:
    text = (
        f"Headline\n\n{PROSE}\n\nContents\n\n  • First steps\n  • Going further\n\n"
        f"First steps\n\n{PROSE}\n\nGoing further\n\n{PROSE}\n"
    )
    assert _article(text)[1] == [PROSE, "First steps", PROSE, "Going further", PROSE]


def test_a_widget_between_two_runs_of_prose_parts_them() -> None:
    newsletter = "Get our weekly letter with the best stories, sent every Friday morning."
    text = (
        f"{newsletter}\n\nEmail address: [            ]\n\n  • Facebook\n  • Twitter\n\n"
        f"Headline\n\nBy Ann Lee\n\n{PROSE}\n\n{PROSE}\n"
    )
    assert _article(text)[1] == [PROSE, PROSE]


def test_photo_credit_inside_the_article_does_not_part_it() -> None:
    standfirst = "Ministers sign off the line, with trains promised for 2026."
    text = (
        f"Rail link approved\n\n{standfirst}\n\nThe old viaduct at dusk. Photo: Courier "
        f"archive\n\n{PROSE}\n"
    )
    assert _article(text)[1] == [standfirst, PROSE]


def test_dateline_under_the_headline_is_the_publication_date() -> None:
    page = parse_text(f"Headline\n\nBy Ann · May 2, 2020\n\n{PROSE}\n")
    assert (page.published, page.published_date) == ("May 2, 2020", date(2020, 5, 2))


def test_dateline_in_german_and_french() -> None:
    page = parse_text(f"Überschrift\n\nVeröffentlicht am 3. März 2021 von Ann\n\n{PROSE}\n")
    assert (page.published, page.published_date) == ("3. März 2021", date(2021, 3, 3))
    page = parse_text(f"Titre\n\nLe 28 juin 2019\n\n{PROSE}\n")
    assert page.published_date == date(2019, 6, 28)


def test_blog_date_header_above_the_headline_is_the_publication_date() -> None:
    page = parse_text(f"My Blog\n\nMonday, December 14, 2015\n\nHeadline\n\n{PROSE}\n")
    assert (page.published, page.published_date) == ("December 14, 2015", date(2015, 12, 14))


def test_a_date_first_byline_stays_under_its_headline() -> None:
    """A date header may stand over a post's headline; a date that a "by" follows is the
    byline under it, so the caption under the byline is no headline."""
    text = (
        f"Menu\n\nRiver levels rise again\n\nNov 6th '12 by Ann Lee @ 12:36pm 4 Comments\n\n"
        f"                Flood gauge at dusk\n\n{PROSE}\n"
    )
    page = parse_text(text)
    assert page.title == "River levels rise again"
    assert page.published_date == date(2012, 11, 6)
    header = f"My Blog\n\nNov 6, 2012 Ann Lee\n\nRiver levels rise again\n\n{PROSE}\n"
    assert parse_text(header).title == "River levels rise again"  # a date header stays one


def test_post_meta_after_the_body_states_the_date() -> None:
    footer = "Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von Holger geschrieben."
    page = parse_text(f"Headline\n\n{PROSE}\n\n{PROSE}\n\n{footer}\n")
    assert page.published_date == date(2015, 12, 14)
    assert footer not in page.paragraphs


def test_ambiguous_numeric_date_is_shown_but_not_read() -> None:
    page = parse_text(f"Headline\n\nPosted on 03/04/2020\n\n{PROSE}\n")
    assert (page.published, page.published_date) == ("03/04/2020", None)
    page = parse_text(f"Headline\n\nPosted on 17.10.2019\n\n{PROSE}\n")
    assert page.published_date == date(2019, 10, 17)


def test_no_dateline_no_publication_date() -> None:
    comments = "2 Comments\n\n  • Ann says:\n    March 3, 2021 at 9:12 am\n    Nice.\n"
    page = parse_text(f"Headline\n\n{PROSE}\n\n{comments}")
    assert len(page.comments) == 1
    assert (page.published, page.published_date) == (None, None)


def test_read_date_reads_only_what_is_unambiguous() -> None:
    assert read_date("2018-06-28") == date(2018, 6, 28)
    assert read_date("28 de junio de 2019") == date(2019, 6, 28)
    assert read_date("Jan. 5, 2011") == date(2011, 1, 5)
    assert read_date("12/31/2020") == date(2020, 12, 31)
    assert read_date("31 February 2020") is None
    assert read_date("May 2020") is None
    assert read_date("Mar 3 '15") == date(2015, 3, 3)  # a year's last two digits
    assert read_date("Mar 3 '98") == date(1998, 3, 3)
    assert read_date("3rd of March, 2015") == date(2015, 3, 3)
    assert read_date("2015-03-03T16:12:00Z") == date(2015, 3, 3)  # ISO 8601, time glued
    assert read_date("2015-03-03Tuesday") is None


def test_markdown_top_heading_near_the_article_is_the_headline() -> None:
    text = f"# My Blog\n\n  * Home\n  * About\n\n# The real headline\n\nBy Ann\n\n{PROSE}\n"
    assert _article(text)[0] == "The real headline"


def test_site_name_marked_as_top_heading_far_above_is_no_headline() -> None:
    menu = "\n".join(f"  * Item {n}" for n in range(8))
    text = f"# My Blog\n\n{menu}\n\n## Post title\n\nPosted on May 2, 2020 by Ann\n\n{PROSE}\n"
    assert _article(text)[0] == "Post title"


def test_marked_headings_reads_markdown_levels() -> None:
    assert marked_headings("# A\n## B\n#c\ntext\n###### F") == {0: 1, 1: 2, 4: 6}
    assert marked_headings("Plain\r\n# A\r# B") == {1: 1, 2: 1}
    assert marked_headings("# A\n##### \n## B") == {0: 1, 2: 2}  # an empty title is none


def test_a_block_of_short_lines_is_no_paragraph() -> None:
    links = "\n".join(
        ["Link: profile", "Link: canonical", "Skip to content", "Blog » Post? Feed"] * 3
    )
    text = f"{links}\n\nHeadline\n\nBy Ann\n\n{PROSE}\n"
    title, paragraphs = _article(text)
    assert (title, paragraphs) == ("Headline", [PROSE])


def test_headline_wrapped_over_two_lines_is_joined() -> None:
    first = "Fix It Friday: Struggling With How To Arrange Your Living Room? We Help Readers"
    text = f"{MENU}\n\n{first}\n(Including One Trick)\n\nBy Ann Lee\nNov 1\n\n{PROSE}\n"
    page = parse_text(text)
    assert page.title == f"{first} (Including One Trick)"
    assert page.paragraphs == [PROSE]


def test_headline_ending_with_a_stop_right_above_its_dateline() -> None:
    headline = "Warum ich lieber Bauchgeburt statt Kaiserschnitt sage."
    text = f"{MENU}\n\n{headline}\n\nNike Jane – 14.09.2022 – Kolumne\n\n{PROSE}\n"
    assert _article(text)[0] == headline


def test_rule_between_headline_and_byline_does_not_part_them() -> None:
    text = (
        "Die Zeitung\n\n31. Oktober 2023\n\nLeben\n\nHalloween: Ein Horrorclown geht um\n\n"
        f"━━━━━━━━━━\n\nvon Die Zeitung 31. Oktober 2023\n\n{PROSE}\n"
    )
    assert _article(text)[0] == "Halloween: Ein Horrorclown geht um"


def test_markup_printed_as_text_is_chrome() -> None:
    slider = "Ann Lee, CEO, &lt;a href=&quot;https://shop.example/&quot;&gt;Shop&lt;/a&gt;"
    pixel = '<div><img src="https://pixel.example/b?c1=2"></div>'
    about = "When it came to HTML, you'd see a mess of <table> tags and spacer GIFs."
    page = parse_text(f"Headline\n\n{PROSE}\n\n{slider}\n\n{pixel}\n\n{about}\n\n{PROSE}\n")
    assert page.paragraphs == [PROSE, about, PROSE]


def test_category_labels_sponsor_labels_and_share_counts_are_no_headline() -> None:
    text = (
        f"{MENU}\n\nA Beginner's Guide To Refinishing Furniture\n\nDIY, Home Decor\n\n"
        f"Shares\n\nWERBUNG für Farbshampoo\n\n{PROSE}\n"
    )
    title, paragraphs = _article(text)
    assert title == "A Beginner's Guide To Refinishing Furniture"
    assert paragraphs == [PROSE]


def test_lone_by_over_the_author_line_is_a_byline() -> None:
    text = f"{MENU}\n\nThe real headline\n\nby\n\n  • Taya Iv\n\nShares\n\nSnap In!\n\n{PROSE}\n"
    assert _article(text)[0] == "The real headline"


def test_newsletter_prompt_written_as_a_sentence_is_chrome() -> None:
    prompt = (
        "Get the latest updates, event announcements, community discussions, and advanced "
        "tutorials straight to your inbox."
    )
    assert _article(f"Headline\n\n{PROSE}\n\n{PROSE}\n\n{prompt}\n")[1] == [PROSE, PROSE]


@pytest.mark.parametrize(
    "prompt",
    [
        "Abonnieren Sie kostenlos den Hafen-Newsletter und bleiben Sie auf dem Laufenden.",
        "We will never sell your information. Modify your preferences or unsubscribe at any time.",
        "Sie können den Newsletter jederzeit wieder abbestellen.",
    ],
)
def test_a_sign_up_box_offering_or_promising_is_chrome(prompt: str) -> None:
    """The offer ("subscribe … newsletter") and the promise under the box ("unsubscribe
    at any time"), in any wording: the article does not hold them."""
    assert _article(f"Headline\n\n{PROSE}\n\n{PROSE}\n\n{prompt}\n")[1] == [PROSE, PROSE]


def test_an_article_about_newsletters_keeps_its_sentences() -> None:
    line = "The council said fewer people subscribe to its printed newsletter than last year."
    assert _article(f"Headline\n\n{PROSE}\n\n{line}\n\n{PROSE}\n")[1] == [PROSE, line, PROSE]


@pytest.mark.parametrize(
    "rating",
    [
        "4.8 from 21 votes",
        "Rated 4.5 out of 5 stars based on 12 reviews",
        "Kochbuch Bewertung: 1,00 von 5 Sternen, basierend auf 1 abgegebenen Stimmen.",
    ],
)
def test_a_rating_widgets_summary_is_chrome(rating: str) -> None:
    assert _article(f"Headline\n\n{PROSE}\n\n{rating}\n\n{PROSE}\n")[1] == [PROSE, PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "We give the new bridge 4 out of 5 stars, and so did 30 of the 40 readers we asked.",
        "The hotel, rated 4.5 out of 5 stars based on 300 reviews, sits right on the harbour"
        " front of the old town.",
        # the same sentence wrapped: its first line alone is short
        "The hotel, rated 4.5 out of 5 stars based on 300 reviews, sits right on the\n"
        "harbour front of the old town.",
    ],
)
def test_a_rating_in_a_sentence_is_text(line: str) -> None:
    paragraph = line.replace("\n", " ")
    assert _article(f"Headline\n\n{PROSE}\n\n{line}\n\n{PROSE}\n")[1] == [PROSE, paragraph, PROSE]


def test_read_more_links_in_a_listicle_do_not_end_it() -> None:
    card = f"Product one review\n\n{PROSE}\n\nRead more"
    text = f"Headline\n\nBy Ann\n\n{PROSE}\n\n{card}\n\n{card}\n\n{PROSE}\n"
    assert _article(text)[1] == [PROSE] + ["Product one review", PROSE] * 2 + [PROSE]


def test_tag_line_run_into_a_list_is_chrome() -> None:
    last = "Orlando, FL – The Enzian Theatre (Home Turf Blow-out Extravaganza! Tickets)"
    text = (
        f"Headline\n\n{PROSE}\n\n{PROSE}\n\nScreenings:\n\n{last}\n"
        "TAGS: DRAFTHOUSE FILMS, FOR YOUR CONSIDERATION, TRAILERS\nShare on Tumblr\n"
    )
    assert _article(text)[1] == [PROSE, PROSE, "Screenings:", last]


def test_text_that_starts_with_its_headline_keeps_it() -> None:
    title = '=HYPERLINK("http://example.invalid","click me")'
    assert _article(f"{title}\n\n{PROSE}\n")[0] == title
    assert _article(f"Homophobie, Gewalt, Islam\n\nA headline, with a comma\n\n{PROSE}\n")[0] == (
        "A headline, with a comma"
    )


def test_a_gallery_of_captions_between_images_stays_in_the_article() -> None:
    # w3m and elinks print each image as a line of its own ("[IMG]", a cut file name):
    # a listicle's captions alternate with them, and the closing words come after both
    captions = [f"Design number {n}" for n in range(1, 9)]
    gallery = "".join(f"{caption}\n\n[IMG]\n\n" for caption in captions)
    closing = "Have you seen others like these? Tell us which of them you liked the most."
    text = f"Headline\n\n{PROSE}\n\n{gallery}{closing}\n\n  • Share on Facebook\n  • Tweet\n"
    assert _article(text)[1] == [PROSE, *captions, closing]


@pytest.mark.parametrize(
    "pager",
    [
        "« Bridge plans delayed again | Main | Council approves the budget »",
        "« The council met again on the flood plans, and the mayor spoke at length | "
        "Newer story: the river rose overnight and the plans will have to wait »",
        "« BACK | PRINT",
    ],
)
def test_titled_previous_and_next_links_are_navigation(pager: str) -> None:
    assert is_boilerplate_line(pager)
    assert _article(f"{pager}\n\nHeadline\n\nBy Ann Lee\n\n{PROSE}\n")[1] == [PROSE]


def test_a_quotation_in_guillemets_before_a_bar_is_text() -> None:
    assert not is_boilerplate_line("« C'est fini », a-t-il dit | Le Monde, 3 mars")


# An image's text as converters print it between the paragraphs: its alt text and title
# (or a lazy-loaded image and its fallback copy) run together, or the same alt text or pin
# description under every photo of the post.
PIN = "Spiced Pear Jam for the Holidays #canning #homemadejam #pearjam"
IMAGE_TEXTS = {
    "a caption printed twice": ["Shibuya ScrambleShibuya Scramble"],
    "a caption printed twice, spaced": ["View of the harbour at dusk View of the harbour at dusk"],
    "a pin description under every photo": [PIN, PIN, PIN],
}


@pytest.mark.parametrize("case", list(IMAGE_TEXTS))
def test_the_texts_images_print_are_chrome(case: str) -> None:
    lines = IMAGE_TEXTS[case]
    body = "".join(f"{PROSE}\n\n{line}\n\n" for line in lines)
    page = parse_text(f"Headline\n\nBy Ann Lee\n\n{body}{PROSE}\n")
    assert page.paragraphs == [PROSE] * (len(lines) + 1)
    assert set(lines) <= set(page.boilerplate)


# ... and what the writer prints more than once stays: a subheading each section repeats,
# a sentence said thrice, a line twice, a word or a short cry twice over.
WRITERS_REPEATS = {
    "a short subheading thrice": ["Tips for the trip"] * 3,
    "a sentence thrice": ["We will not give up on this bridge, not now."] * 3,
    "a long line twice": ["What the council promised and what it built since then"] * 2,
    "a word twice over": ["Bravo Bravo"],
    "a short cry twice over": ["ha ha"],
}


@pytest.mark.parametrize("case", list(WRITERS_REPEATS))
def test_what_the_writer_repeats_stays(case: str) -> None:
    lines = WRITERS_REPEATS[case]
    body = "".join(f"{PROSE}\n\n{line}\n\n" for line in lines)
    page = parse_text(f"Headline\n\nBy Ann Lee\n\n{body}{PROSE}\n")
    assert [p for p in page.paragraphs if p != PROSE] == lines


# A link to another of the site's posts inside the article, labelled, in the languages of
# the vocabulary: the site's line, not the writer's.
@pytest.mark.parametrize(
    "link",
    [
        "Also read: How I Fit All my Life Possessions in Two Bags",
        "READ NEXT: What six months of travelling cost me",
        "Related post: Pickled Brussels Sprouts Recipe",
        "Lesen Sie auch: Warum der Fluss jedes Frühjahr steigt",
        "À lire aussi | Le pont sera fermé tout l'été",
    ],
)
def test_a_labelled_link_to_another_post_is_chrome(link: str) -> None:
    page = parse_text(f"Headline\n\nBy Ann Lee\n\n{PROSE}\n\n{link}\n\n{PROSE}\n")
    assert page.paragraphs == [PROSE, PROSE]
    assert link in page.boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "See also the council's own report, which came out in May.",  # no label: a sentence
        "Related: " + PROSE + " " + PROSE,  # a paragraph, however it opens
        "Related questions were raised by the mayor on Tuesday.",
    ],
)
def test_a_sentence_that_opens_with_a_link_label_is_text(line: str) -> None:
    page = parse_text(f"Headline\n\nBy Ann Lee\n\n{PROSE}\n\n{line}\n\n{PROSE}\n")
    assert page.paragraphs == [PROSE, line, PROSE]
