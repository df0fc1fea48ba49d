# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=headerparam shape=fastapi_scheme_upgrade sink=specific expected=true
from fastapi import FastAPI, Header, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/00495")
def benchmark_test_00495(request: Request, referer: str = Header("")):
    param = referer
    bar = param
    return RedirectResponse(bar.replace("http://", "https://"), status_code=303)  # want: PY-OPEN-REDIRECT
