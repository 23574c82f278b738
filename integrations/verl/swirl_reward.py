"""verl custom reward function: SWiRL's step reward from `swirl reward-server`.

Checked against verl v0.7.0 (verl/trainer/ppo/reward.py loads `custom_reward_function.name`
from `custom_reward_function.path`; the naive reward manager calls it with keywords
data_source, solution_str, ground_truth, extra_info; the batch manager with data_sources,
solution_strs, ground_truths, extra_infos). Standard library only; the HTTP call is ../swirl_reward_client.py.

    custom_reward_function.path=integrations/verl/swirl_reward.py
    custom_reward_function.name=compute_score          # reward_model.reward_manager=naive
    custom_reward_function.name=compute_score_batch    # reward_model.reward_manager=batch

Environment: SWIRL_REWARD_URL (default http://127.0.0.1:8100), SWIRL_REWARD_TOKEN (optional),
SWIRL_REWARD_THREADS (batch variant, default 16).
"""
import os
import sys

# the shared client sits one folder up (verl loads this file by path, TRL by import)
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from swirl_reward_client import score, score_many  # noqa: E402


def _state_id(ground_truth, extra_info):
    # swirl export puts the state id in reward_model.ground_truth and in extra_info.state_id
    return (extra_info or {}).get("state_id") or ground_truth


def compute_score(data_source, solution_str, ground_truth, extra_info=None, **kwargs):
    return score(_state_id(ground_truth, extra_info), solution_str)


def compute_score_batch(data_sources, solution_strs, ground_truths, extra_infos, **kwargs):
    ids = [_state_id(g, e) for g, e in zip(ground_truths, extra_infos)]
    return score_many(ids, solution_strs)
