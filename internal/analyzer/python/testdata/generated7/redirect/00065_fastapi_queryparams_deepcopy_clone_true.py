# generated case (gen_cases7): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=queryparams shape=deepcopy_clone sink=v2 expected=true
import copy

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/case-00065")
def case_00065(request: Request):
    param = request.query_params.get("q", "")
    cfg = {"inner": {"q": "safe"}}
    clone = copy.deepcopy(cfg)
    clone["inner"]["q"] = param
    bar = clone["inner"]["q"]
    return RedirectResponse(bar, status_code=302)  # want: PY-OPEN-REDIRECT
