# generated case (gen_cases4): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=pathparam shape=allowlist_index sink=v1 expected=false
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import RedirectResponse

app = FastAPI()
CHOICES = {"a": "alpha", "b": "beta", "g": "gamma"}


@app.get("/00174/{test_id}")
def benchmark_test_00174(request: Request, test_id: str):
    param = test_id
    try:
        bar = CHOICES[param]
    except KeyError:
        raise HTTPException(status_code=400, detail="invalid")
    return RedirectResponse(bar)
