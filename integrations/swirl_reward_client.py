"""The one HTTP call both bridges make: POST /score of `swirl reward-server` for one state and action.

Environment: SWIRL_REWARD_URL (default http://127.0.0.1:8100), SWIRL_REWARD_TOKEN (optional),
SWIRL_REWARD_THREADS (batch calls, default 16). Standard library only.
"""
import json
import os
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor


def score(state_id, action):
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


def score_many(state_ids, actions):
    with ThreadPoolExecutor(int(os.environ.get("SWIRL_REWARD_THREADS", "16"))) as pool:
        return list(pool.map(score, state_ids, actions))
