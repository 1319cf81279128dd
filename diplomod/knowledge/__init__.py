"""The knowledge base: data files of states, organizations, outlets, offices, people and
places that ship with diplomod, loaded once and checked."""

from diplomod.knowledge.base import KnowledgeBase, default_knowledge_base, load_knowledge_base

__all__ = ["KnowledgeBase", "default_knowledge_base", "load_knowledge_base"]
