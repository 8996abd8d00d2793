"""Group a package's named types into the modules of its ``models`` package.

Each component schema gets one module, together with the inline types named from places
inside it (the enum of a property, the object of an array's items).  Types whose modules
would import one another in a cycle share one module, so the import graph is acyclic and
each module imports only the modules of the types it refers to.  Module names come from
type names alone, never from positions, so adding a schema renames no other module.  The
exceptions are a schema whose module name equals an existing one, ignoring case, and a
schema that joins existing schemas into a cycle.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from . import ir
from .expressions import union_codec_name
from .naming import module_names

_COMPONENT = "/components/schemas/"

NamedType = ir.Model | ir.Enum | ir.Union | ir.Alias


@dataclasses.dataclass(frozen=True, slots=True)
class ModelModule:
    """One module of the models package: its name, its types and what it imports."""

    name: str
    package: ir.Package
    """The whole package with only this module's models, enums, unions and aliases."""
    titles: tuple[str, ...]
    """The names of the component schemas (or, for inline types, the types) it defines."""
    imports: tuple[tuple[str, tuple[str, ...]], ...]
    """Sibling module names with the names this module imports from each, both sorted."""

    @property
    def exported(self) -> list[str]:
        """The names this module defines, sorted as ``__all__`` lists them."""
        package = self.package
        names = [m.name for m in package.models] + [e.name for e in package.enums]
        names += [u.name for u in package.unions] + [a.name for a in package.aliases]
        names += [union_codec_name(u.name) for u in package.unions]
        names += [union_codec_name(a.name) for a in package.aliases if a.recursive]
        return sorted(names)


def _types(package: ir.Package) -> list[NamedType]:
    return [*package.enums, *package.models, *package.unions, *package.aliases]


def _owner(named: NamedType) -> str:
    """Return the group of a type: its component schema's key, or else its own name."""
    if named.pointer.startswith(_COMPONENT):
        return "#" + named.pointer[len(_COMPONENT):].split("/", 1)[0]
    return named.name


def _walk(type_: ir.TypeRef | None) -> Iterator[ir.TypeRef]:
    """Yield type_ and every type nested in it."""
    if type_ is None:
        return
    yield type_
    yield from _walk(type_.item)
    for variant in type_.variants:
        yield from _walk(variant)


def _references(named: NamedType) -> tuple[set[str], set[str]]:
    """Return the type names that a type's code refers to, and the codec names it uses."""
    if isinstance(named, ir.Model):
        types = [field.type for field in named.fields] + [named.additional]
        with_codecs = True
    elif isinstance(named, ir.Union):
        types = list(named.variants)
        with_codecs = True
    elif isinstance(named, ir.Alias):
        types = [named.type]
        with_codecs = named.recursive
    else:
        return set(), set()
    names: set[str] = set()
    codecs: set[str] = set()
    for type_ in types:
        for nested in _walk(type_):
            if nested.name is None or nested.kind not in ("model", "enum", "union", "alias"):
                continue
            names.add(nested.name)
            if with_codecs and nested.kind in ("union", "alias"):
                codecs.add(union_codec_name(nested.name))
    if isinstance(named, ir.Union):
        names.update(model for _, model in named.mapping)
    return names, codecs


def _components(nodes: list[str], edges: dict[str, set[str]]) -> list[list[str]]:
    """Return the strongly connected components of a graph (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in nodes:
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, successors = work[-1]
            advanced = False
            for successor in successors:
                if successor not in index:
                    index[successor] = low[successor] = len(index)
                    stack.append(successor)
                    on_stack.add(successor)
                    work.append((successor, iter(sorted(edges[successor]))))
                    advanced = True
                    break
                if successor in on_stack:
                    low[node] = min(low[node], index[successor])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                found.append(component)
    return found


def model_modules(package: ir.Package) -> list[ModelModule]:
    """Split the package's named types into modules, sorted by module name."""
    types = _types(package)
    owner = {named.name: _owner(named) for named in types}
    groups: dict[str, list[NamedType]] = {}
    for named in types:
        groups.setdefault(owner[named.name], []).append(named)

    # Groups that refer to one another in a cycle become one module.
    references = {named.name: _references(named) for named in types}
    edges: dict[str, set[str]] = {group: set() for group in groups}
    for named in types:
        for name in references[named.name][0]:
            if name in owner and owner[name] != owner[named.name]:
                edges[owner[named.name]].add(owner[name])
    merged = _components(sorted(groups), edges)
    titles = [sorted(_title(group, groups[group]) for group in component) for component in merged]
    names = module_names([component_titles[0] for component_titles in titles])

    module_of: dict[str, str] = {}
    for component, name in zip(merged, names):
        for group in component:
            for named in groups[group]:
                module_of[named.name] = name
                if isinstance(named, ir.Union) or (isinstance(named, ir.Alias) and named.recursive):
                    module_of[union_codec_name(named.name)] = name

    modules = []
    for component, name, component_titles in zip(merged, names, titles):
        members = {named.name for group in component for named in groups[group]}
        modules.append(
            ModelModule(
                name=name,
                package=_subset(package, members),
                titles=tuple(component_titles),
                imports=_imports(name, members, references, module_of),
            )
        )
    return sorted(modules, key=lambda module: module.name)


def _subset(package: ir.Package, members: set[str]) -> ir.Package:
    """Return the package with only the named types in members."""
    return dataclasses.replace(
        package,
        models=tuple(m for m in package.models if m.name in members),
        enums=tuple(e for e in package.enums if e.name in members),
        unions=tuple(u for u in package.unions if u.name in members),
        aliases=tuple(a for a in package.aliases if a.name in members),
    )


def _imports(
    name: str,
    members: set[str],
    references: dict[str, tuple[set[str], set[str]]],
    module_of: dict[str, str],
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Return the names that module name imports from each other module, both sorted."""
    imported: dict[str, set[str]] = {}
    for member in members:
        type_names, codec_names = references[member]
        for used in type_names | codec_names:
            source = module_of.get(used)
            if source is not None and source != name:
                imported.setdefault(source, set()).add(used)
    return tuple((source, tuple(sorted(used))) for source, used in sorted(imported.items()))


def _title(group: str, members: list[NamedType]) -> str:
    """Return the name that represents a group: its component schema's class name."""
    if group.startswith("#"):
        pointer = _COMPONENT + group[1:]
        for named in members:
            if named.pointer == pointer:
                return named.name
    return min(named.name for named in members)
