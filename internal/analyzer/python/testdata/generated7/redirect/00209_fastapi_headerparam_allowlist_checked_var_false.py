# generated case (gen_cases7): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=headerparam shape=allowlist_checked_var sink=v2 expected=false
from fastapi import FastAPI, Header, Request
from fastapi.responses import RedirectResponse

app = FastAPI()
ALLOWED = {"alpha", "beta"}


@app.get("/case-00209")
def case_00209(request: Request, x_query: str = Header("")):
    param = x_query
    candidate = param.strip()
    if candidate not in ALLOWED:
        candidate = "alpha"
    bar = candidate
    return RedirectResponse(bar, status_code=302)
