# generated case (gen_cases7): category=ssrf rule=PY-SSRF fw=fastapi source=queryparams shape=services_lookup sink=specific expected=false
import requests

from fastapi import FastAPI, Request

app = FastAPI()
SERVICES = {"default": "https://api.example.com/health", "billing": "https://billing.example.com/health"}


@app.get("/case-00273")
def case_00273(request: Request):
    param = request.query_params.get("q", "")
    bar = param
    resp = requests.get(SERVICES.get(bar, SERVICES["default"]), timeout=5)  # want: PY-HTTP-NO-PROXY
    result = resp.status_code
    return {"result": str(result)}
