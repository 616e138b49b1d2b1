/**
 * English patterns of the cleaning stage: page chrome that scraped text keeps. Each is anchored to a whole
 * block (one line or paragraph) and linear-time; none can backtrack catastrophically (see
 * test/patterns-redos.test.ts).
 */

/** Navigation and page-furniture lines: "Skip to content", "Menu", "Share on Facebook", "Sign in". */
export const NAVIGATION_LINE =
  /^(?:skip to (?:main )?(?:content|navigation|main)|jump to (?:content|navigation)|main menu|menu|home|search|sign in|sign up|log ?in|log ?out|register|subscribe(?: now| today)?|(?:share|tweet|email|print|pin|save)(?: (?:this|the) (?:article|story|page|post))?|share (?:on|via) (?:facebook|twitter|x|linkedin|whatsapp|email|reddit|telegram)|follow us(?: on [\w ]{1,30})?|back to top|close|toggle navigation|open menu|previous|next|advertisement|advertising|sponsored(?: content)?|cookie (?:policy|settings)|accept(?: all)? cookies|all rights reserved\.?|(?:©|\(c\)|copyright) ?[^\n]{0,80})$/i;

/** Lines that are only a row of share targets: "Facebook Twitter LinkedIn Email". */
export const SHARE_ROW = /^(?:(?:facebook|twitter|x|linkedin|whatsapp|telegram|email|reddit|print|copy link|share)[\s|·•,]*){2,8}$/i;

/**
 * Advertising lines: the labels of ad slots, with the commonest ones of other languages (a page in English
 * often embeds them: "Publicidade", "Реклама").
 */
export const ADVERTISING_LINE =
  /^(?:advertisement|advertising|advert|adverts|sponsored(?: content)?|ad|ads|continue reading below|scroll to continue(?: with content)?|story continues below(?: this)? advertisement|publicidade|publicidad|anuncio|publicité|werbung|anzeige|реклама|iklan|광고|広告)$/i;

/** Related-link section headers and labels: "Read also:", "Latest", "Related articles", "You may also like". */
export const RELATED_LINE =
  /^(?:read (?:also|more|next)|see also|also read|related(?: (?:articles|stories|news|content|coverage|posts|topics))?|more (?:from|on|stories|news)(?: [\w ]{1,40})?|latest(?: (?:news|stories|articles|updates|posts))?|most (?:read|popular|viewed|shared)|trending(?: now)?|recommended(?: for you)?|you (?:may|might) also like|editor'?s picks|top stories|popular (?:now|stories)|more|see more|don'?t miss|must read|related coverage(?: from [^\n]{1,60})?) ?(?:[:»›>]|\.{3}|…)?$/i;

/** "Read also: <headline>" on one line: a related link with its title. */
export const RELATED_LINK_WITH_TITLE = /^(?:read (?:also|more|next)|see also|also read|related|recommended|watch)\s*[:»›>|-]\s*\S/i;

/** Newsletter and subscription prompts. */
export const SUBSCRIBE_LINE =
  /^(?:sign up (?:for|to) (?:our|the) [\w ]{1,40}|subscribe to (?:our|the) [\w ]{1,40}|get (?:our|the) [\w ]{1,30} (?:newsletter|briefing) [^\n]{0,80}|join our (?:newsletter|mailing list|telegram|whatsapp)[^\n]{0,60})[.!:]?$/i;

/**
 * The start of a dateline alone on its line: "Updated 11:21 pm CST, Tuesday, November 19, 2019", "Posted on
 * March 30, 2015 by Admin", "Published: 10:48, Tue, Nov 19, 2019" (classifyBlocks also wants it short, with a
 * digit, and not a sentence).
 */
export const DATELINE_START = /^(?:posted|published|updated|last updated|first published|last modified|modified)(?: on| at)?(?: ?:)? ?\S/i;

/** The start of a byline alone on its line: "By Justine Coleman - 11/18/19", "By Stefan Becket, Kathryn Watson". */
export const BYLINE_START = /^[Bb][Yy] \p{Lu}/u;

/**
 * A prompt to follow the outlet or subscribe: "Follow Newsbeat on Instagram, Facebook and YouTube.",
 * "Subscribe to 9to5Mac on YouTube for more Apple news:", "Get the latest updates right in your inbox".
 */
export const FOLLOW_PROMPT =
  /^(?:follow|subscribe to|sign up for|get the latest)\b[^\n]{0,160}\b(?:twitter|facebook|instagram|youtube|linkedin|tiktok|telegram|whatsapp|newsletters?|inbox|podcasts?|channel|coverage)\b[^\n]{0,80}$/i;

/**
 * An author's contact or promotion note, as closes many articles: "Amy Doe may be reached at a@b.com. Follow
 * her on Twitter @AmyDoe.", "Her book … is out now. Follow her on Twitter @x." (classifyBlocks looks for it in
 * the last blocks only).
 */
export const AUTHOR_NOTE =
  /\bfollow (?:us|him|her|them|me|@\w{1,30}|\p{Lu}\p{L}{1,30}) on (?:twitter|facebook|instagram|linkedin|tiktok|threads|bluesky|mastodon)\b|\b(?:may|can) be reached at \S{1,60}@/iu;

/** A line of tags or categories: "Filed under: Politics |", "Tags: Russia, Kursk". */
export const TAG_LINE = /^(?:filed under|tags?|tagged(?: with| in| as)?|categories|category|posted in|topics|keywords)\s?:[^\n]{0,150}$/i;

/** A WordPress shortcode left unrendered: "[button link=…]Send us your review[/button]". */
export const SHORTCODE_LINE = /^\[[a-z][\w-]{0,30}(?: [^\]\n]{0,300})?\][^\n]{0,200}\[\/[a-z][\w-]{0,30}\]$/;

/** The head of a reader-comment section: "5 Comments", "Comments (12)", "Leave a Reply", "Join the conversation". */
export const COMMENTS_HEADER =
  /^(?:(?:\d{1,6}|no|one|two|three|four|five|six|seven|eight|nine|ten) (?:comments?|responses?|replies|thoughts on [^\n]{1,200})|comments? ?(?:\(\d{1,6}\))?|leave a (?:comment|reply)|post a comment|add (?:a|your) comment|join the (?:conversation|discussion)|show comments|view comments|reader comments|what do you think\?|tell us what you think) ?(?::|\.{3}|…)?$/i;

/** A heading that introduces a machine-written or editorial restatement of the article. */
export const SUMMARY_HEADER =
  /^(?:references|key (?:points|takeaways|facts|findings)|main points|summary|in summary|in brief|tl;?dr|highlights|at a glance|the bottom line|what we know|quick read|article summary|story highlights|ai summary)\s*:?$/i;

/** A list item: "1. …", "2) …", "- …", "• …". */
export const LIST_ITEM = /^(?:\d{1,3}[.)]|[-*•–·]) ?\S/;

/** Words too common to count as shared content between two passages. */
export const STOP_WORDS = new Set(
  ('a an the and or but of to in on at by for with from as is are was were be been being has have had do does did ' +
    'it its this that these those their there they them he she his her him we our you your i not no so than then ' +
    'into over after before about also which who whom what when where why how will would can could may might ' +
    'said says say more most some any all such other own same very just up out if while during').split(' '),
);

/** ARIA roles of page furniture: menus, site banner and footer, sidebars, dialogs, search boxes. */
export const BOILERPLATE_ROLE = /^(?:navigation|banner|contentinfo|complementary|dialog|alertdialog|search|menu|menubar)$/i;

/**
 * Class or id words (lower case, camelCase split into "-" words) of furniture containers: comment threads,
 * share and follow widgets, newsletter, subscription and log-in boxes, calls to action, recommendation rails,
 * carousels and ad slots, cookie banners, menus, pop-ups, ratings, bylines, datelines, tags, captions and
 * credits. A word must be a whole class word or start one ("comments-area", "article-share", "tags-list"),
 * so that "sharp", "timeline" or "adapt" do not match.
 */
export const BOILERPLATE_ATTRIBUTE =
  /(?:^|[\s_-])(?:comments?|commentlist|disqus|share|sharing|sharedaddy|newsletter|subscribe|subscription|signup|recommended|recommendations?|popular|most-read|trending|outbrain|taboola|cookie|consent|gdpr|byline|author|dateline|timestamp|pubdate|date|dates|time|posted-on|published|meta|credit|credits|copyright|caption|related|teaser|breadcrumbs?|banner|footer|bio|promo|carousel|swiper|slider|gallery|slideshow|tooltip|popover|hovercard|rollover|modal|overlay|popup|lightbox|dialog|nav|navbar|navigation|menu|masthead|topbar|toolbar|tags?|categories|category|ad|ads|advert|advertisement|print|email|button|btn|cta|paywall|login|signin|register|rating|reactions?|likes|vote|read-more|readmore|more-link|see-also|social|follow)(?:$|[\s_-])/;

/** A class or id that starts with the name of a reader-comment thread: "comments-area", "comment-list", "disqus_thread". */
export const COMMENT_THREAD = /(?:^|\s)(?:comments?|commentlist|disqus)(?:$|[\s_-])/;

/**
 * Class or id words of content hidden from readers: screen-reader labels, collapsed or off-screen parts. Not
 * Bootstrap's responsive "hidden-xs" … "hidden-lg", which hide a part on some screen sizes only.
 */
export const HIDDEN_ATTRIBUTE = /(?:^|[\s_-])(?:hidden(?!-(?:xs|sm|md|lg|xl)\b)|invisible|sr-only|screen-reader-text|visually-hidden|offscreen|off-screen)(?:$|[\s_-])/;
