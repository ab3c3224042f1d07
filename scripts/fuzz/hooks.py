"""Schemathesis hooks for Tessera's GraphQL API (loaded through SCHEMATHESIS_HOOKS by scripts/fuzz.sh).

What counts as a failure: a 5xx, a body that is not a GraphQL JSON response, an error without a
stable code, an INTERNAL_SERVER_ERROR, and anything that looks like an internal detail (stack
frames, SQL, ORM or file names).

Schemathesis' own `not_a_server_error` check is off (see schemathesis.toml): for GraphQL it treats
every error that has a `path` and a code outside Apollo Server's list as a server error, while
Tessera reports the outcome of resolvers that ran (NOT_FOUND, FORBIDDEN, VALIDATION_FAILED,
CONFLICT, ...) exactly that way, by design. The check below is the same rule with our codes.
"""

from __future__ import annotations

import json
import re

import graphql
import schemathesis
from hypothesis import strategies as st
from schemathesis.graphql import nodes

STABLE_CODE = re.compile(r"^[A-Z][A-Z_]*$")

# Matched against the `errors` of a response (data may hold anything users wrote).
INTERNALS = [
    re.compile(pattern, flags)
    for pattern, flags in [
        (r'"stack"\s*:', 0),
        (r'"exception"\s*:', 0),
        (r"stacktrace", re.I),
        (r"\bat [\w.<>$]+ \(", 0),
        (r"node_modules|\.ts:\d+|\.js:\d+", 0),
        (r"prisma", re.I),
        (r'SQLSTATE|relation "|violates .*constraint|duplicate key value|invalid byte sequence|'
         r'invalid input syntax|syntax error at or near|column "[^"]+" does not exist', re.I),
        (r"\b(SELECT|INSERT|UPDATE|DELETE)\b .*\b(FROM|INTO|SET)\b", 0),
        (r"FastifyError|MER_ERR|FST_ERR|TypeError|ReferenceError|ECONNREFUSED", 0),
    ]
]


def _request_text(case) -> str:
    """What the fuzzer sent, so an error that only echoes it back is not taken for a leak."""
    parts = [case.body] if case.body is not None else []
    parts += [case.query] if getattr(case, "query", None) else []
    return json.dumps(parts, ensure_ascii=False) + " " + str(case.body)


def _leak(errors_text: str, sent: str) -> str | None:
    for pattern in INTERNALS:
        for match in pattern.finditer(errors_text):
            if match.group(0).lower() not in sent.lower():
                return f"{pattern.pattern} -> {match.group(0)!r}"
    return None


# The JSON scalars (descriptors, port locations) take any JSON value: generate small objects,
# some shaped like port locations so the port validators see plausible input too.
json_leaf = st.one_of(
    st.text(max_size=20).map(nodes.String),
    st.integers(min_value=-(2**31), max_value=2**31 - 1).map(nodes.Int),
    st.booleans().map(nodes.Boolean),
)


def _object(fields):
    return graphql.ObjectValueNode(
        fields=tuple(
            graphql.ObjectFieldNode(name=graphql.NameNode(value=name), value=value) for name, value in fields.items()
        )
    )


_names = st.from_regex(r"\A[a-z][a-zA-Z]{0,11}\Z")
_text = st.text(min_size=0, max_size=40).map(nodes.String)
json_object = st.one_of(
    st.dictionaries(_names, json_leaf, max_size=4).map(_object),
    st.fixed_dictionaries({"cluster": _text, "topic": _text}).map(_object),
    st.fixed_dictionaries({"database": _text, "schema": _text, "table": _text}).map(_object),
)
schemathesis.graphql.scalar("JSON", st.one_of(json_leaf, json_object))
schemathesis.graphql.scalar("JSONObject", json_object)


@schemathesis.check
def tessera_no_server_error(ctx, response, case):
    """No 5xx, no INTERNAL_SERVER_ERROR, a stable code on every error, no internals in the body."""
    body = response.text or ""
    if response.status_code >= 500:
        raise AssertionError(f"HTTP {response.status_code}: {body[:500]}")
    try:
        payload = json.loads(body)
    except ValueError as error:
        raise AssertionError(f"HTTP {response.status_code} without a JSON body: {body[:200]}") from error
    if not isinstance(payload, dict):
        raise AssertionError(f"The response is not a GraphQL JSON object: {body[:200]}")
    errors = payload.get("errors") or []
    leak = _leak(json.dumps(errors, ensure_ascii=False), _request_text(case))
    if leak:
        raise AssertionError(f"An error leaks internals ({leak}): {json.dumps(errors)[:500]}")
    if response.status_code >= 400 and not errors:
        raise AssertionError(f"HTTP {response.status_code} without an error saying why: {body[:200]}")
    for error in errors:
        code = (error.get("extensions") or {}).get("code") if isinstance(error, dict) else None
        if not isinstance(code, str) or not STABLE_CODE.match(code):
            raise AssertionError(f"An error without a stable code: {json.dumps(error)[:300]}")
        if code == "INTERNAL_SERVER_ERROR":
            raise AssertionError(f"Internal server error: {json.dumps(error)[:300]}")
    return None
