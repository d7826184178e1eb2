# html: escape and unescape, after CPython's module. The named character
# references known are HTML 4's (`html.entities.name2codepoint`, with the
# characters HTML5 gives them): HTML5's further two thousand names are
# left out to keep the module small, and stay as written.

import re as _re

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


# name -> code point, each also accepted with a trailing ';'.
_NAMES = {
    'AElig': 198, 'Aacute': 193, 'Acirc': 194, 'Agrave': 192, 'Alpha': 913,
    'Aring': 197, 'Atilde': 195, 'Auml': 196, 'Beta': 914, 'Ccedil': 199,
    'Chi': 935, 'Dagger': 8225, 'Delta': 916, 'ETH': 208, 'Eacute': 201,
    'Ecirc': 202, 'Egrave': 200, 'Epsilon': 917, 'Eta': 919, 'Euml': 203,
    'Gamma': 915, 'Iacute': 205, 'Icirc': 206, 'Igrave': 204, 'Iota': 921,
    'Iuml': 207, 'Kappa': 922, 'Lambda': 923, 'Mu': 924, 'Ntilde': 209,
    'Nu': 925, 'OElig': 338, 'Oacute': 211, 'Ocirc': 212, 'Ograve': 210,
    'Omega': 937, 'Omicron': 927, 'Oslash': 216, 'Otilde': 213, 'Ouml': 214,
    'Phi': 934, 'Pi': 928, 'Prime': 8243, 'Psi': 936, 'Rho': 929,
    'Scaron': 352, 'Sigma': 931, 'THORN': 222, 'Tau': 932, 'Theta': 920,
    'Uacute': 218, 'Ucirc': 219, 'Ugrave': 217, 'Upsilon': 933, 'Uuml': 220,
    'Xi': 926, 'Yacute': 221, 'Yuml': 376, 'Zeta': 918, 'aacute': 225,
    'acirc': 226, 'acute': 180, 'aelig': 230, 'agrave': 224, 'alefsym': 8501,
    'alpha': 945, 'amp': 38, 'and': 8743, 'ang': 8736, 'aring': 229,
    'asymp': 8776, 'atilde': 227, 'auml': 228, 'bdquo': 8222, 'beta': 946,
    'brvbar': 166, 'bull': 8226, 'cap': 8745, 'ccedil': 231, 'cedil': 184,
    'cent': 162, 'chi': 967, 'circ': 710, 'clubs': 9827, 'cong': 8773,
    'copy': 169, 'crarr': 8629, 'cup': 8746, 'curren': 164, 'dArr': 8659,
    'dagger': 8224, 'darr': 8595, 'deg': 176, 'delta': 948, 'diams': 9830,
    'divide': 247, 'eacute': 233, 'ecirc': 234, 'egrave': 232, 'empty': 8709,
    'emsp': 8195, 'ensp': 8194, 'epsilon': 949, 'equiv': 8801, 'eta': 951,
    'eth': 240, 'euml': 235, 'euro': 8364, 'exist': 8707, 'fnof': 402,
    'forall': 8704, 'frac12': 189, 'frac14': 188, 'frac34': 190,
    'frasl': 8260, 'gamma': 947, 'ge': 8805, 'gt': 62, 'hArr': 8660,
    'harr': 8596, 'hearts': 9829, 'hellip': 8230, 'iacute': 237, 'icirc': 238,
    'iexcl': 161, 'igrave': 236, 'image': 8465, 'infin': 8734, 'int': 8747,
    'iota': 953, 'iquest': 191, 'isin': 8712, 'iuml': 239, 'kappa': 954,
    'lArr': 8656, 'lambda': 955, 'lang': 10216, 'laquo': 171, 'larr': 8592,
    'lceil': 8968, 'ldquo': 8220, 'le': 8804, 'lfloor': 8970, 'lowast': 8727,
    'loz': 9674, 'lrm': 8206, 'lsaquo': 8249, 'lsquo': 8216, 'lt': 60,
    'macr': 175, 'mdash': 8212, 'micro': 181, 'middot': 183, 'minus': 8722,
    'mu': 956, 'nabla': 8711, 'nbsp': 160, 'ndash': 8211, 'ne': 8800,
    'ni': 8715, 'not': 172, 'notin': 8713, 'nsub': 8836, 'ntilde': 241,
    'nu': 957, 'oacute': 243, 'ocirc': 244, 'oelig': 339, 'ograve': 242,
    'oline': 8254, 'omega': 969, 'omicron': 959, 'oplus': 8853, 'or': 8744,
    'ordf': 170, 'ordm': 186, 'oslash': 248, 'otilde': 245, 'otimes': 8855,
    'ouml': 246, 'para': 182, 'part': 8706, 'permil': 8240, 'perp': 8869,
    'phi': 966, 'pi': 960, 'piv': 982, 'plusmn': 177, 'pound': 163,
    'prime': 8242, 'prod': 8719, 'prop': 8733, 'psi': 968, 'quot': 34,
    'rArr': 8658, 'radic': 8730, 'rang': 10217, 'raquo': 187, 'rarr': 8594,
    'rceil': 8969, 'rdquo': 8221, 'real': 8476, 'reg': 174, 'rfloor': 8971,
    'rho': 961, 'rlm': 8207, 'rsaquo': 8250, 'rsquo': 8217, 'sbquo': 8218,
    'scaron': 353, 'sdot': 8901, 'sect': 167, 'shy': 173, 'sigma': 963,
    'sigmaf': 962, 'sim': 8764, 'spades': 9824, 'sub': 8834, 'sube': 8838,
    'sum': 8721, 'sup': 8835, 'sup1': 185, 'sup2': 178, 'sup3': 179,
    'supe': 8839, 'szlig': 223, 'tau': 964, 'there4': 8756, 'theta': 952,
    'thetasym': 977, 'thinsp': 8201, 'thorn': 254, 'tilde': 732, 'times': 215,
    'trade': 8482, 'uArr': 8657, 'uacute': 250, 'uarr': 8593, 'ucirc': 251,
    'ugrave': 249, 'uml': 168, 'upsih': 978, 'upsilon': 965, 'uuml': 252,
    'weierp': 8472, 'xi': 958, 'yacute': 253, 'yen': 165, 'yuml': 255,
    'zeta': 950, 'zwj': 8205, 'zwnj': 8204,
}

# The names HTML5 also accepts without the ';'.
_BARE = (
    'AElig', 'Aacute', 'Acirc', 'Agrave', 'Aring', 'Atilde', 'Auml', 'Ccedil',
    'ETH', 'Eacute', 'Ecirc', 'Egrave', 'Euml', 'Iacute', 'Icirc', 'Igrave',
    'Iuml', 'Ntilde', 'Oacute', 'Ocirc', 'Ograve', 'Oslash', 'Otilde', 'Ouml',
    'THORN', 'Uacute', 'Ucirc', 'Ugrave', 'Uuml', 'Yacute', 'aacute', 'acirc',
    'acute', 'aelig', 'agrave', 'amp', 'aring', 'atilde', 'auml', 'brvbar',
    'ccedil', 'cedil', 'cent', 'copy', 'curren', 'deg', 'divide', 'eacute',
    'ecirc', 'egrave', 'eth', 'euml', 'frac12', 'frac14', 'frac34', 'gt',
    'iacute', 'icirc', 'iexcl', 'igrave', 'iquest', 'iuml', 'laquo', 'lt',
    'macr', 'micro', 'middot', 'nbsp', 'not', 'ntilde', 'oacute', 'ocirc',
    'ograve', 'ordf', 'ordm', 'oslash', 'otilde', 'ouml', 'para', 'plusmn',
    'pound', 'quot', 'raquo', 'reg', 'sect', 'shy', 'sup1', 'sup2', 'sup3',
    'szlig', 'thorn', 'times', 'uacute', 'ucirc', 'ugrave', 'uml', 'uuml',
    'yacute', 'yen', 'yuml',
)

_html5 = {n + ';': chr(c) for n, c in _NAMES.items()}
_html5.update((n, chr(_NAMES[n])) for n in _BARE)


_invalid_charrefs = {
    0x00: '\ufffd',  # REPLACEMENT CHARACTER
    0x0d: '\r',      # CARRIAGE RETURN
    0x80: '\u20ac',  # EURO SIGN
    0x81: '\x81',    # <control>
    0x82: '\u201a',  # SINGLE LOW-9 QUOTATION MARK
    0x83: '\u0192',  # LATIN SMALL LETTER F WITH HOOK
    0x84: '\u201e',  # DOUBLE LOW-9 QUOTATION MARK
    0x85: '\u2026',  # HORIZONTAL ELLIPSIS
    0x86: '\u2020',  # DAGGER
    0x87: '\u2021',  # DOUBLE DAGGER
    0x88: '\u02c6',  # MODIFIER LETTER CIRCUMFLEX ACCENT
    0x89: '\u2030',  # PER MILLE SIGN
    0x8a: '\u0160',  # LATIN CAPITAL LETTER S WITH CARON
    0x8b: '\u2039',  # SINGLE LEFT-POINTING ANGLE QUOTATION MARK
    0x8c: '\u0152',  # LATIN CAPITAL LIGATURE OE
    0x8d: '\x8d',    # <control>
    0x8e: '\u017d',  # LATIN CAPITAL LETTER Z WITH CARON
    0x8f: '\x8f',    # <control>
    0x90: '\x90',    # <control>
    0x91: '\u2018',  # LEFT SINGLE QUOTATION MARK
    0x92: '\u2019',  # RIGHT SINGLE QUOTATION MARK
    0x93: '\u201c',  # LEFT DOUBLE QUOTATION MARK
    0x94: '\u201d',  # RIGHT DOUBLE QUOTATION MARK
    0x95: '\u2022',  # BULLET
    0x96: '\u2013',  # EN DASH
    0x97: '\u2014',  # EM DASH
    0x98: '\u02dc',  # SMALL TILDE
    0x99: '\u2122',  # TRADE MARK SIGN
    0x9a: '\u0161',  # LATIN SMALL LETTER S WITH CARON
    0x9b: '\u203a',  # SINGLE RIGHT-POINTING ANGLE QUOTATION MARK
    0x9c: '\u0153',  # LATIN SMALL LIGATURE OE
    0x9d: '\x9d',    # <control>
    0x9e: '\u017e',  # LATIN SMALL LETTER Z WITH CARON
    0x9f: '\u0178',  # LATIN CAPITAL LETTER Y WITH DIAERESIS
}

_invalid_codepoints = {
    # 0x0001 to 0x0008
    0x1, 0x2, 0x3, 0x4, 0x5, 0x6, 0x7, 0x8,
    # 0x000E to 0x001F
    0xe, 0xf, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19,
    0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f,
    # 0x007F to 0x009F
    0x7f, 0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a,
    0x8b, 0x8c, 0x8d, 0x8e, 0x8f, 0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96,
    0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9d, 0x9e, 0x9f,
    # 0xFDD0 to 0xFDEF
    0xfdd0, 0xfdd1, 0xfdd2, 0xfdd3, 0xfdd4, 0xfdd5, 0xfdd6, 0xfdd7, 0xfdd8,
    0xfdd9, 0xfdda, 0xfddb, 0xfddc, 0xfddd, 0xfdde, 0xfddf, 0xfde0, 0xfde1,
    0xfde2, 0xfde3, 0xfde4, 0xfde5, 0xfde6, 0xfde7, 0xfde8, 0xfde9, 0xfdea,
    0xfdeb, 0xfdec, 0xfded, 0xfdee, 0xfdef,
    # others
    0xb, 0xfffe, 0xffff, 0x1fffe, 0x1ffff, 0x2fffe, 0x2ffff, 0x3fffe, 0x3ffff,
    0x4fffe, 0x4ffff, 0x5fffe, 0x5ffff, 0x6fffe, 0x6ffff, 0x7fffe, 0x7ffff,
    0x8fffe, 0x8ffff, 0x9fffe, 0x9ffff, 0xafffe, 0xaffff, 0xbfffe, 0xbffff,
    0xcfffe, 0xcffff, 0xdfffe, 0xdffff, 0xefffe, 0xeffff, 0xffffe, 0xfffff,
    0x10fffe, 0x10ffff
}


def _replace_charref(s):
    s = s.group(1)
    if s[0] == '#':
        # numeric charref
        if s[1] in 'xX':
            num = int(s[2:].rstrip(';'), 16)
        else:
            num = int(s[1:].rstrip(';'))
        if num in _invalid_charrefs:
            return _invalid_charrefs[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\uFFFD'
        if num in _invalid_codepoints:
            return ''
        return chr(num)
    else:
        # named charref
        if s in _html5:
            return _html5[s]
        # find the longest matching name (as defined by the standard)
        for x in range(len(s)-1, 1, -1):
            if s[:x] in _html5:
                return _html5[s[:x]] + s[x:]
        else:
            return '&' + s


_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')

def unescape(s):
    """
    Convert all named and numeric character references (e.g. &gt;, &#62;,
    &x3e;) in the string s to the corresponding unicode characters.
    This function uses the rules defined by the HTML 5 standard
    for both valid and invalid character references, and the list of
    HTML 5 named character references defined in html.entities.html5.
    """
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
