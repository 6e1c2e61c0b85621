"""The owning-up playbook: pure logic (no Django) from "I made an error" to "client informed,
fixed, learned": facts, consequences, disclosure, remedies, messages, contact log, timeline,
post-mortem and figures. The web app and the CLI are thin layers over these modules."""
