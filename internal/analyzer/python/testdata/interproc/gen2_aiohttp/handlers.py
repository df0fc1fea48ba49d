# gen2_aiohttp: handlers registered with a RouteTableDef
from aiohttp import web

from .helpers import evaluate, evaluate_number, load_state, render_page

routes = web.RouteTableDef()


@routes.get("/page/{title}")
async def page(request):
    return render_page(request.match_info["title"])


@routes.post("/calc")
async def calc(request):
    form = await request.post()
    return web.json_response({"value": str(evaluate(form.get("expr", "0")))})


@routes.get("/calc-num")
async def calc_num(request):
    return web.json_response({"value": str(evaluate_number(str(int(request.query.get("n", "0")))))})


@routes.post("/state")
async def state(request):
    data = await request.json()
    return web.json_response({"type": type(load_state(data["blob"])).__name__})


app = web.Application()
app.add_routes(routes)
