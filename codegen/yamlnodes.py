"""Reading YAML as nodes, so every value keeps the line it came from.

PyYAML's composer keeps a start mark on every node; codegen validates the node tree directly
instead of constructed Python values, which also catches duplicate keys (PyYAML's constructor
silently keeps the last one).

The nodes are composed by libyaml where PyYAML has it (``CSafeLoader``: the same nodes and
marks, a tenth of the time); a text it refuses is read again by the pure-Python loader, whose
error messages are the ones codegen reports everywhere.
"""

from __future__ import annotations

from typing import Any, Final, NoReturn

import yaml

from codegen.errors import SpecError

__all__ = ["Source"]

_FAST_LOADER: Final[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_BOOL = "tag:yaml.org,2002:bool"
_FLOAT = "tag:yaml.org,2002:float"
_NULL = "tag:yaml.org,2002:null"


class Source:
    """A spec file being read: raises :class:`SpecError` with ``path:line`` on any mistake."""

    def __init__(self, path: str, text: str) -> None:
        self.path = path
        try:
            try:
                node = yaml.compose(text, Loader=_FAST_LOADER)
            except yaml.YAMLError:
                node = yaml.compose(text, Loader=yaml.SafeLoader)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark is not None else 1
            problem = exc.problem or exc.context or "invalid YAML"
            raise SpecError(path, line, f"invalid YAML: {problem}") from None
        except yaml.YAMLError as exc:
            raise SpecError(path, 1, f"invalid YAML: {exc}") from None
        if node is None:
            raise SpecError(path, 1, "the spec is empty")
        self.root: yaml.Node = node

    def fail(self, node: yaml.Node, message: str) -> NoReturn:
        raise SpecError(self.path, node.start_mark.line + 1, message)

    def line(self, node: yaml.Node) -> int:
        return node.start_mark.line + 1

    def mapping(
        self,
        node: yaml.Node,
        what: str,
        *,
        allowed: tuple[str, ...] | None = None,
        required: tuple[str, ...] = (),
    ) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """A mapping's entries as ``{key: (key_node, value_node)}``, checked for closed keys."""
        if not isinstance(node, yaml.MappingNode):
            self.fail(node, f"{what} must be a mapping, not {self._kind(node)}")
        out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != _STR:
                self.fail(key_node, f"keys of {what} must be strings")
            key = str(key_node.value)
            if key in out:
                first = self.line(out[key][0])
                self.fail(key_node, f"duplicate key {key!r} in {what} (first at line {first})")
            if allowed is not None and key not in allowed:
                self.fail(
                    key_node,
                    f"unknown key {key!r} in {what}; allowed: {', '.join(allowed)}",
                )
            out[key] = (key_node, value_node)
        for key in required:
            if key not in out:
                self.fail(node, f"{what} is missing required key {key!r}")
        return out

    def sequence(self, node: yaml.Node, what: str) -> list[yaml.Node]:
        if not isinstance(node, yaml.SequenceNode):
            self.fail(node, f"{what} must be a list, not {self._kind(node)}")
        return list(node.value)

    def string(self, node: yaml.Node, what: str) -> str:
        if not isinstance(node, yaml.ScalarNode) or node.tag != _STR:
            self.fail(node, f"{what} must be a string, not {self._kind(node)}")
        return str(node.value)

    def integer(self, node: yaml.Node, what: str) -> int:
        if not isinstance(node, yaml.ScalarNode) or node.tag != _INT:
            self.fail(node, f"{what} must be an integer, not {self._kind(node)}")
        return int(self.value(node))

    def boolean(self, node: yaml.Node, what: str) -> bool:
        if not isinstance(node, yaml.ScalarNode) or node.tag != _BOOL:
            self.fail(node, f"{what} must be true or false, not {self._kind(node)}")
        return bool(self.value(node))

    def value(self, node: yaml.Node) -> Any:
        """The plain Python value of a node (for defaults)."""
        constructor = yaml.SafeLoader("")
        return constructor.construct_object(node, deep=True)

    @staticmethod
    def _kind(node: yaml.Node) -> str:
        if isinstance(node, yaml.MappingNode):
            return "a mapping"
        if isinstance(node, yaml.SequenceNode):
            return "a list"
        return {
            _STR: f"the string {node.value!r}",
            _INT: f"the integer {node.value}",
            _BOOL: f"the boolean {node.value}",
            _FLOAT: f"the number {node.value}",
            _NULL: "null",
        }.get(str(node.tag), f"{node.value!r}")
