"""Function words per language, dropped before words are compared.

Short lists of articles, pronouns, prepositions, conjunctions, auxiliaries and particles
for the languages the parser reads (its vocabulary: English, German, French, Spanish,
Italian, Portuguese, Dutch, Swedish, Danish, Norwegian, Finnish, Polish). They hold
function words only — not "thanks", "great" or "agree", which are exactly what sets a
discussion apart from its article — so they are written here rather than taken from a
general-purpose list. A language without a list keeps all its words.

    >>> "und" in STOP_WORDS["de"], "danke" in STOP_WORDS["de"]
    (True, False)
    >>> stop_words_for("xx")
    frozenset()
"""

from __future__ import annotations

__all__ = ["STOP_WORDS", "stop_words_for"]

_LISTS = {
    "en": """a about above after again against all am an and any are as at be because been
        before being below between both but by can could did do does doing down during each
        few for from further had has have having he her here hers herself him himself his how
        i if in into is it its itself just me more most my myself no nor not now of off on
        once only or other our ours ourselves out over own same she should so some such than
        that the their theirs them themselves then there these they this those through to too
        under until up very was we were what when where which while who whom why will with
        would you your yours yourself yourselves s t don re ve ll d m also one said says
        it's that's don't can't i'm he's they're we're you're isn't didn't doesn't won't""",
    "de": """aber alle allem allen aller alles als also am an ander andere anderen auch auf
        aus bei bin bis bist da damit dann das dass dein deine dem den der des dessen dich die
        dies diese diesem diesen dieser dieses dir doch dort du durch ein eine einem einen
        einer eines er es etwas euch euer eure für gegen gewesen hab habe haben hat hatte
        hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer im in indem ins
        ist ja jede jedem jeden jeder jetzt kann kein keine können könnte man manche mein
        meine mich mir mit muss musste nach nicht nichts noch nun nur ob oder ohne schon sehr
        sein seine sich sie sind so solche soll sollte sondern um und uns unser unter viel
        vom von vor war waren warum was weil welche wenn wer werde werden wie wieder will wir
        wird wo wurde wurden zu zum zur über""",
    "fr": """à au aux avec ce ces c'est cet cette d' dans de des du elle elles en est et
        été être eu il ils je j'ai la le les leur leurs lui l' ma mais me même mes moi mon ne
        nos notre nous on ont ou où par pas pour qu' que qui sa se ses si son sont sur ta te
        tes toi ton tu un une vos votre vous y n' s' ça aussi plus très tout tous""",
    "es": """a al algo algunos ante antes como con contra cual cuando de del desde donde
        durante e el ella ellas ellos en entre era es esa ese eso esta este esto estos fue
        ha hay la las le les lo los más me mi mis muy nada ni no nos o os otra otro para pero
        poco por porque que quien se ser si sin sobre su sus también te tiene todo tu un una
        uno unos usted y ya yo""",
    "it": """a ad al alla alle anche ci come con cosa da dal dalla dei del della delle di
        dove e è era gli ha hanno i il in io la le lei li lo loro lui ma mi mia mio ne nei
        nel nella noi non o per perché più quando quella quello questa questo se si sia
        sono su sua suo tra tu tutto un una uno voi l' un' c'è""",
    "pt": """a ao aos as até com como da das de dela dele do dos e é ela elas ele eles em
        entre era essa esse esta este eu foi há isso isto já la lhe mais mas me meu minha
        muito na nas não nem no nos o os ou para pela pelo por que se sem ser seu sua são
        também te tem tu um uma você""",
    "nl": """aan al als bij dan dat de deze die dit doch door een en er ge geen had heb
        hebben heeft hem het hier hij hoe hun ik in is ja je kan kon maar me meer men met mij
        mijn na naar niet niets nog nu of om omdat ons ook op over te tegen toch toen tot u
        uit van veel voor want was wat we wel werd wie wij wordt zal ze zei zich zij zijn zo
        zonder zou""",
    "sv": """alla allt att av blev bli de dem den denna deras dess det detta dig din dina
        du där efter ej eller en er ett för från ha hade han hans har henne hennes hon honom
        hur här i icke ingen inom inte jag ju kan man med men mig min mina mot mycket ni nu
        när någon något och om oss på samma sedan sig sin sina själv skulle som så till
        under upp ut var vara vad vi vid vilken är åt över""",
    "da": """af alle andet at blev blive bliver da de dem den denne der deres det dette dig
        din disse du efter eller en end er et for fra ham han hans har havde hende hendes
        her hos hun hvad hvis hvor i ikke ind jeg jer kan man mange med meget men mig min
        mit mod ned noget nu når og også om op os over på sig sin skal som så til ud var
        vi vil være""",
    "no": """alle at av bare blir da de dei dem den denne der det du eg ein eit eller en
        er et etter for fra før han hans har hun hva hvis hvor i ikke inn jeg kan man med
        meg men min mot mye nå når og også om opp oss på seg sin skal som så til ut var vi
        vil være""",
    "fi": """ei ja jo joka jos kuin kun mutta niin no nyt se sen sitä tai tämä tätä että
        hän he me minä mitä mikä ole olen oli olla on ovat sinä te vaan vain myös kanssa""",
    "pl": """a aby ale bo by być był była było co czy dla do go i ich ja jak jako je jego
        jej jest jeszcze już ku lub ma mi mnie może na nad nie nich nim o od on ona one oni
        po pod przez przy się są ta tak tam te tego ten to tu tylko w we z za że żeby""",
}
_LISTS["nb"] = _LISTS["no"]

#: Language code -> its function words (lower case).
STOP_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(text.split()) for lang, text in _LISTS.items()
}


def stop_words_for(lang: str | None) -> frozenset[str]:
    """The stop words of ``lang`` (an empty set for a language without a list)."""
    return STOP_WORDS.get(lang or "", frozenset())
