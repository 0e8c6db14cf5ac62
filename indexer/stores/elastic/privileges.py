"""The privileges bulletin's Elasticsearch user needs: exactly what the store uses, checked
once at start-up, and named in the message of every refusal (403).

| privilege | scope | what needs it |
|---|---|---|
| monitor | cluster | `GET /`, the server version check |
| manage_index_templates | cluster | putting (and `drop` deleting) the index template |
| manage | `{prefix}-pages*` | creating, mapping, refreshing and deleting indices; the alias swap |
| read | `{prefix}-pages*` | searches, counts, `get`, points in time |
| write | `{prefix}-pages*` | bulk index and delete |

docs/elasticsearch.md shows this role; a test keeps the two in step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

CLUSTER_PRIVILEGES = ("monitor", "manage_index_templates")
INDEX_PRIVILEGES = ("manage", "read", "write")


@dataclass(frozen=True)
class Privilege:
    scope: str  # "cluster" or "index"
    name: str

    def describe(self, prefix: str) -> str:
        """How a message names it: "the index privilege 'read' on bulletin-pages*"."""
        if self.scope == "cluster":
            return f"the cluster privilege '{self.name}'"
        return f"the index privilege '{self.name}' on {index_pattern(prefix)}"


MONITOR = Privilege("cluster", "monitor")
TEMPLATES = Privilege("cluster", "manage_index_templates")
MANAGE = Privilege("index", "manage")
READ = Privilege("index", "read")
WRITE = Privilege("index", "write")
ROLE = [MONITOR, TEMPLATES, MANAGE, READ, WRITE]

# Elasticsearch names what would have allowed a refused action: "..., this action is
# granted by the index privileges [create_index,manage,all]".
_GRANTED_BY = re.compile(r"granted by the (cluster|index) privileges \[([^\]]*)\]")


def index_pattern(prefix: str) -> str:
    """The indices (and alias) bulletin's privileges are granted on."""
    return f"{prefix}-pages*"


def role(prefix: str) -> dict[str, Any]:
    """The role descriptor with exactly the privileges the store uses."""
    return {
        "cluster": list(CLUSTER_PRIVILEGES),
        "indices": [{"names": [index_pattern(prefix)], "privileges": list(INDEX_PRIVILEGES)}],
    }


def role_summary(prefix: str) -> str:
    """The role in words, for messages."""
    return (
        f"cluster: {', '.join(CLUSTER_PRIVILEGES)}; "
        f"indices {index_pattern(prefix)}: {', '.join(INDEX_PRIVILEGES)}"
    )


def has_privileges_request(prefix: str) -> dict[str, Any]:
    """Arguments of `security.has_privileges`: every privilege of the role at once."""
    return {
        "cluster": list(CLUSTER_PRIVILEGES),
        "index": [{"names": [index_pattern(prefix)], "privileges": list(INDEX_PRIVILEGES)}],
    }


def missing(answer: dict[str, Any], prefix: str) -> list[Privilege]:
    """The role's privileges a `_has_privileges` answer says the user lacks."""
    cluster = answer.get("cluster") or {}
    index = (answer.get("index") or {}).get(index_pattern(prefix)) or {}
    lacking = [p for p in ROLE if p.scope == "cluster" and not cluster.get(p.name, False)]
    lacking += [p for p in ROLE if p.scope == "index" and not index.get(p.name, False)]
    return lacking


def granting(reason: str) -> list[Privilege]:
    """The privileges of the role that a refusal says would have allowed the action."""
    found = _GRANTED_BY.search(reason)
    if not found:
        return []
    scope, names = found.group(1), [n.strip() for n in found.group(2).split(",")]
    return [p for name in names for p in ROLE if p.scope == scope and p.name == name][:1]


def needed(privileges: list[Privilege], prefix: str) -> str:
    """ "the cluster privilege 'monitor' and the index privilege 'read' on x-pages*"."""
    return " and ".join(p.describe(prefix) for p in privileges)
