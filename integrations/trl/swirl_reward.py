"""TRL GRPOTrainer reward function: SWiRL's step reward from `swirl reward-server`.

Checked against TRL v1.9.0 (trl/trainer/grpo_trainer.py, _calculate_rewards): a reward
function is called as reward_func(prompts=..., completions=..., completion_ids=..., **columns)
where every dataset column other than "prompt" arrives as a keyword list, one entry per
completion, and it returns a list of floats. swirl's trl/train.jsonl has a `state_id` column.
Standard library only.

    from swirl_reward import swirl_reward
    GRPOTrainer(model=..., reward_funcs=swirl_reward, train_dataset=load_dataset("json", data_files=...)["train"])

Environment: SWIRL_REWARD_URL (default http://127.0.0.1:8100), SWIRL_REWARD_TOKEN (optional),
SWIRL_REWARD_THREADS (default 16).
"""
import json
import os
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor


def _score(state_id, action):
    url = os.environ.get("SWIRL_REWARD_URL", "http://127.0.0.1:8100").rstrip("/") + "/score"
    headers = {"content-type": "application/json"}
    token = os.environ.get("SWIRL_REWARD_TOKEN")
    if token:
        headers["authorization"] = "Bearer " + token
    body = json.dumps({"state_id": state_id, "action": action}).encode()
    req = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=600) as res:
            return float(json.load(res)["reward"])
    except urllib.error.HTTPError as e:
        # the server says why (unknown state, bad request, judge failure): never score it 0
        raise RuntimeError(f"swirl reward-server {e.code}: {e.read().decode(errors='replace')}") from None


def _text(completion):
    # conversational completions are message lists; SWiRL's action is the first assistant turn
    if isinstance(completion, str):
        return completion
    return next((m.get("content") or "" for m in completion if m.get("role") == "assistant"), "")


def swirl_reward(prompts, completions, state_id, **kwargs):
    with ThreadPoolExecutor(int(os.environ.get("SWIRL_REWARD_THREADS", "16"))) as pool:
        return list(pool.map(_score, state_id, [_text(c) for c in completions]))
