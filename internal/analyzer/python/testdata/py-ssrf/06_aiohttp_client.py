# SSRF: aiohttp handler fetches a URL taken from the query with ClientSession().get
import aiohttp
from aiohttp import web


async def fetch_title(request):
    url = request.query.get("url", "")
    async with aiohttp.ClientSession() as session:
        async with session.get(url, proxy="http://egress.internal:3128") as resp:  # want: PY-SSRF
            text = await resp.text()
    return web.json_response({"length": len(text)})


app = web.Application()
app.router.add_get("/title", fetch_title)
