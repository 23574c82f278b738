"""verl custom reward function: SWiRL's step reward from `swirl reward-server`.

Checked against verl v0.7.0 (verl/trainer/ppo/reward.py loads `custom_reward_function.name`
from `custom_reward_function.path`; the naive reward manager calls it with keywords
data_source, solution_str, ground_truth, extra_info; the batch manager with data_sources,
solution_strs, ground_truths, extra_infos). Standard library only.

    custom_reward_function.path=integrations/verl/swirl_reward.py
    custom_reward_function.name=compute_score          # reward_model.reward_manager=naive
    custom_reward_function.name=compute_score_batch    # reward_model.reward_manager=batch

Environment: SWIRL_REWARD_URL (default http://127.0.0.1:8100), SWIRL_REWARD_TOKEN (optional),
SWIRL_REWARD_THREADS (batch variant, default 16).
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


def _state_id(ground_truth, extra_info):
    # swirl export puts the state id in reward_model.ground_truth and in extra_info.state_id
    return (extra_info or {}).get("state_id") or ground_truth


def compute_score(data_source, solution_str, ground_truth, extra_info=None, **kwargs):
    return _score(_state_id(ground_truth, extra_info), solution_str)


def compute_score_batch(data_sources, solution_strs, ground_truths, extra_infos, **kwargs):
    ids = [_state_id(g, e) for g, e in zip(ground_truths, extra_infos)]
    with ThreadPoolExecutor(int(os.environ.get("SWIRL_REWARD_THREADS", "16"))) as pool:
        return list(pool.map(_score, ids, solution_strs))
