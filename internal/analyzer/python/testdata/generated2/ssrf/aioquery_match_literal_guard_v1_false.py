# generated case (gen_cases2): rule=PY-SSRF context=aioquery propagation=match_literal_guard sink=v1 expected=false
import requests

from aiohttp import web

routes = web.RouteTableDef()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@routes.get("/ssrf")
async def handle_ssrf(request):
    param = request.query.get("p", "")
    match param:
        case "alpha" | "beta":
            bar = param
        case _:
            bar = "default"
    resp = requests.post(bar, json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
