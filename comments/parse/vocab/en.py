"""English: the words the parser recognises on English pages, by role.

English is first in the language order, so a phrase English shares with a later
language (a month such as "april", the verb "like") is listed here and not there.
The roles are described in ``vocab/__init__.py``.
"""

from __future__ import annotations

__all__ = ["VOCABULARY"]

VOCABULARY: dict[str, tuple[str, ...]] = {
    "number_0": ("no", "zero"),
    "number_1": ("one",),
    "number_2": ("two",),
    "number_3": ("three",),
    "number_4": ("four",),
    "number_5": ("five",),
    "number_6": ("six",),
    "number_7": ("seven",),
    "number_8": ("eight",),
    "number_9": ("nine",),
    "number_10": ("ten",),
    "count_lead": (
        "there are", "there is", "this article has", "this post has", "this entry has",
        "this story has",
    ),
    "count_noun": (
        "thoughts", "thought", "responses", "response", "comments", "comment", "replies",
        "reply", "reactions", "reaction", "opinions", "discussions", "discussion",
    ),
    "count_qualifier": ("reader", "readers'", "readers’", "user", "your", "all", "visitor"),
    "form_start": (
        "Leave a Reply", "Leave a Comment", "Leave a Reply to", "Leave your comment",
        "Post a Comment", "Add a Comment", "Add Comment", "Write a comment",
        "Join the discussion", "Join the conversation", "Submit a Comment", "Cancel reply",
        "Reply to this post", "What do you think?", "Your comment",
        # news-site widgets: the heading above the comment widget
        "Have your say", "Add your comment",
        # a link to the comment section, over it
        "Comment on this article", "Comment on this post", "Comment on this story",
        "Comment on this entry",
    ),
    "says": (
        "says:", "said:", "says", "wrote:", "writes:", "said...", "said…", "says...",
        "wrote...",
    ),
    "says_glued": ("says:", "said:", "said...", "says..."),
    "month_1": ("january", "jan"),
    "month_2": ("february", "feb"),
    "month_3": ("march", "mar"),
    "month_4": ("april", "apr"),
    "month_5": ("may",),
    "month_6": ("june", "jun"),
    "month_7": ("july", "jul"),
    "month_8": ("august", "aug"),
    "month_9": ("september", "sep", "sept"),
    "month_10": ("october", "oct"),
    "month_11": ("november", "nov"),
    "month_12": ("december", "dec"),
    "weekday": (
        "monday", "mon", "tuesday", "tues", "tue", "wednesday", "wed", "thursday", "thurs",
        "thu", "friday", "fri", "saturday", "sat", "sunday", "sun",
    ),
    "relative_time": ("ago", "yesterday", "today", "just now"),
    "reply_link": ("reply", "replies", "replydelete"),
    "comment_link": (
        "log in to reply", "login to reply", "sign in to reply", "reply to this comment",
        "reply to this message", "like", "liked", "unlike", "likes",
        "report", "report comment", "report this comment", "flag", "flag this comment",
        "share", "share ›", "permalink", "permanent link", "link", "link to this comment",
        "link to comment", "edit", "edited",
        "delete", "hide", "mute", "block", "quote", "upvote", "downvote", "vote up",
        "vote down", "loading...", "loading…", "load more...", "load more…",
        "by post author", "post author", "tweet", "recommend", "recommended", "collapse",
        "expand", "login", "log in", "sign in", "subscribe", "follow", "email this",
        "print this", "share this",
    ),
    "thread_nav": ("parent", "prev", "next", "root", "context"),
    "author_badge": (
        "Mod", "Moderator", "Author", "Post author", "Admin", "Administrator", "Verified",
        "Verified commenter", "Staff", "Editor", "Top Commenter", "Top Fan",
        "Top contributor", "Original poster", "OP", "Blog owner", "Site owner", "Subscriber",
        "Supporter", "Member", "Pro",
        "not verified",  # Drupal: "Ann (not verified)", a guest
    ),
    "score_unit": ("points", "point", "pts", "votes", "vote", "likes", "like"),
    "blog_pager": ("Newer Post", "Older Post", "Newer Posts", "Older Posts", "Home"),
    "site_section": (
        "Mission Statement", "Our Mission", "About us", "About Us", "About this site",
        "About the site", "About the blog", "Who we are",
    ),
    "author_bio": (
        "About the author", "About the authors", "About The Author", "Author bio", "Author",
        "Authors", "The author", "About me", "Written by",
    ),
    "chrome_heading": (
        "Recent Comments", "Sign up to our newsletter", "Sign up for our newsletter",
        "Subscribe to our newsletter", "Get our newsletter", "Get the newsletter",
        "Testimonials", "Reviews", "Read more",
        "Read next", "Read also", "See also", "Don't miss", "Don’t miss", "References",
        "Popular", "Popular now", "Trending", "Trending now", "Editor's picks",
        "Editor’s picks", "Blog Archive", "Media contact", "Media contacts", "Press contact",
        "Press contacts", "Press office", "Archives", "Categories", "Meta", "Tags",
        "Tag Cloud", "Blogroll", "Links", "Follow us", "Follow Us", "Subscribe", "Newsletter",
        "Search", "Navigation", "Post navigation", "Site navigation", "Share this",
        "Like this",
    ),
    "share_button": ("print",),
    "by": ("by",),
    "name_date_word": ("on", "at"),
    "name_verb": ("wrote", "said", "says", "posted"),  # "Ann said, on May 2"
    "comment_verb": ("commented", "replied"),
    "anonymous_name": ("Anonymous", "Guest"),
    "tags_label": ("tags",),  # "Tags: a, b"
    "comment_sort": (
        "newest", "oldest", "newest first", "oldest first", "best", "most voted", "most liked",
        "top comments", "inline feedbacks", "inline feedback",
    ),
    "thread_control": ("show", "view", "load", "see", "hide", "collapse", "expand"),
    # "Advertise | AdChoices", "Advertisement - Scroll to continue"
    # "Also read: How I fit my life into two bags", "READ NEXT: …", "• Recommended: …"
    "link_label": (
        "Also read", "Read also", "Read more", "Read next", "See also", "Related",
        "Related post", "Related posts", "Related article", "Related articles", "Related story",
        "Related stories", "Related reading", "Recommended", "Recommended reading",
        "Don't miss", "Don’t miss", "Must read",
    ),
    "ad_label": (
        "advertisement", "advertise", "adchoices", "ad choices", "sponsored", "sponsored content",
        "paid content", "promoted", "story continues below advertisement",
        "article continues below advertisement", "scroll to continue", "continue reading below",
    ),
}  # fmt: skip
