"""agentmx: LLM-optimized email infrastructure for AI agents, next to a stock Postfix."""

__version__ = "0.1.0"
