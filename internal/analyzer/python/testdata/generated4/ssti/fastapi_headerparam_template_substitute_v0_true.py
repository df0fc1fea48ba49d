# generated case (gen_cases4): category=ssti rule=PY-SSTI fw=fastapi source=headerparam shape=template_substitute sink=v0 expected=true
import jinja2
import string

from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/00131")
def benchmark_test_00131(request: Request, referer: str = Header("")):
    param = referer
    bar = string.Template("$term").substitute(term=param)
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()  # want: PY-SSTI
    return {"result": str(result)}
