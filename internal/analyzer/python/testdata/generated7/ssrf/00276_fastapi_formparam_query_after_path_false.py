# generated case (gen_cases7): category=ssrf rule=PY-SSRF fw=fastapi source=formparam shape=query_after_path sink=specific expected=false
import requests

from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/case-00276")
async def case_00276(request: Request, q: str = Form("")):
    param = q
    bar = param
    resp = requests.get("https://api.example.com/search?term=" + bar, timeout=5)  # want: PY-HTTP-NO-PROXY
    result = resp.status_code
    return {"result": str(result)}
