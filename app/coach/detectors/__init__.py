"""One module per coaching signal; each detector reads the conversation state and names the stall it sees."""
