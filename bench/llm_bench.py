"""LLM tagging of 1,000 conversations against a local OpenAI-compatible server: sheets-bridge (several
conversations per request, structured output, cache) versus one request per message, as the seed's
prompt ("Определи интенцию и тональность…") would be used. Tokens are the server's estimates
(characters / 4); cost uses gpt-4o-mini's list price.

Run: ``python bench/llm_bench.py [--conversations 1000] [--batch 10]``
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from _common import table

SEED_PROMPT = ("Определи интенцию и тональность. Формат: intent:[запись|вопрос|жалоба|прочее]; "
               "sentiment:[positive|neutral|negative]; recommended_action:[ответ_шаблон/уточнение/перенаправить]")
PRICE_IN, PRICE_OUT = 0.15, 0.60  # $ per 1M tokens, gpt-4o-mini


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--conversations", type=int, default=1000)
    ap.add_argument("--batch", type=int, default=10)
    args = ap.parse_args()

    from openai import OpenAI

    from sheets_bridge.privacy import Scrubber
    from sheets_bridge.tagging import Conversation, Message, get_tagger
    from tests.fakes.openai_server import FakeOpenAI

    convs = [Conversation(f"c_{i:06d}", (
        Message("client", "Здравствуйте! Сколько стоит маникюр с покрытием? Можно в субботу?"),
        Message("manager", "Добрый день! 1800 ₽, в субботу есть 12:00 и 16:30. Записать вас?"),
        Message("client", "16:30 давайте"),
        Message("manager", "Записала на субботу 16:30 ✅"),
        Message("client", f"Спасибо! [{i}]"))) for i in range(args.conversations)]
    messages = sum(len(c.messages) for c in convs)
    rows = []
    with FakeOpenAI() as fake, tempfile.TemporaryDirectory() as tmp:
        tagger = get_tagger("llm", base_url=fake.base_url, api_key="bench", model="gpt-4o-mini",
                            cache_path=Path(tmp) / "cache.sqlite3", batch_size=args.batch, scrubber=Scrubber(bytes(32)))
        start = time.perf_counter()
        tagger.tag(convs)
        secs = time.perf_counter() - start
        u = tagger.usage
        rows.append([f"sheets-bridge ({args.batch} conversations per request)", u.requests, u.prompt_tokens,
                     u.completion_tokens, f"{u.cost_usd or 0.0:.4f}", secs])
        start = time.perf_counter()
        tagger.tag(convs)
        rows.append(["sheets-bridge, second run (cache)", tagger.usage.requests - u.requests, 0, 0, "0.0000",
                     time.perf_counter() - start])

        client = OpenAI(base_url=fake.base_url, api_key="bench", max_retries=0)
        before = len(fake.bodies)
        prompt = completion = 0
        start = time.perf_counter()
        for c in convs:
            for m in c.messages:
                reply = client.chat.completions.create(model="gpt-4o-mini", messages=[
                    {"role": "system", "content": SEED_PROMPT},
                    {"role": "user", "content": f"conversation_id: {c.conversation_id}\n{m.text}"}])
                prompt += reply.usage.prompt_tokens
                completion += reply.usage.completion_tokens
        rows.append(["one request per message (seed's prompt)", len(fake.bodies) - before, prompt, completion,
                     f"{(prompt * PRICE_IN + completion * PRICE_OUT) / 1e6:.4f}", time.perf_counter() - start])
    table(f"Tagging {args.conversations:,} conversations ({messages:,} messages) on a local server",
          ["approach", "requests", "prompt tokens", "completion tokens", "cost $ (gpt-4o-mini)", "seconds"], rows)


if __name__ == "__main__":
    main()
