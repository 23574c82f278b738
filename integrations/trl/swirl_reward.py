"""TRL GRPOTrainer reward function: SWiRL's step reward from `swirl reward-server`.

Checked against TRL v1.9.0 (trl/trainer/grpo_trainer.py, _calculate_rewards): a reward
function is called as reward_func(prompts=..., completions=..., completion_ids=..., **columns)
where every dataset column other than "prompt" arrives as a keyword list, one entry per
completion, and it returns a list of floats. swirl's trl/train.jsonl has a `state_id` column.
Standard library only; the HTTP call is ../swirl_reward_client.py.

    from swirl_reward import swirl_reward
    GRPOTrainer(model=..., reward_funcs=swirl_reward, train_dataset=load_dataset("json", data_files=...)["train"])

Environment: SWIRL_REWARD_URL (default http://127.0.0.1:8100), SWIRL_REWARD_TOKEN (optional),
SWIRL_REWARD_THREADS (default 16).
"""
import os
import sys

# the shared client sits one folder up (verl loads this file by path, TRL by import)
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from swirl_reward_client import score, score_many  # noqa: E402


def _text(completion):
    # conversational completions are message lists; SWiRL's action is the first assistant turn
    if isinstance(completion, str):
        return completion
    return next((m.get("content") or "" for m in completion if m.get("role") == "assistant"), "")


def swirl_reward(prompts, completions, state_id, **kwargs):
    return score_many(state_id, [_text(c) for c in completions])
