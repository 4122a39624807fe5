"""The agentmx milter: the inline gate Postfix consults before it queues a message."""
