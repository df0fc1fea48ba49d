# frameworks/django/shop: Django sources (GET, POST, COOKIES, META, body, FILES, headers, URL kwargs) into sinks
import os
import subprocess

import yaml
from django.db import connection
from django.http import FileResponse, HttpResponse, HttpResponseRedirect, JsonResponse
from django.views import View

from .models import Product


def search(request):
    q = request.GET.get("q", "")
    products = Product.objects.raw("SELECT * FROM shop_product WHERE name LIKE '%%" + q + "%%'")  # want: PY-SQLI
    return JsonResponse({"ids": [p.id for p in products]})


def checkout(request):
    coupon = request.POST.get("coupon", "")
    with connection.cursor() as cur:
        cur.execute(f"SELECT percent FROM shop_coupon WHERE code = '{coupon}'")  # want: PY-SQLI
        row = cur.fetchone()
    return JsonResponse({"discount": row[0] if row else 0})


def track(request):
    campaign = request.COOKIES.get("campaign", "none")
    ua = request.META.get("HTTP_USER_AGENT", "")
    agent = request.headers.get("X-Agent", "")
    os.system("logger -t shop-track " + campaign)  # want: PY-CMDI
    subprocess.run(f"echo '{ua}' >> /var/log/shop/agents.log", shell=True)  # want: PY-CMDI
    return HttpResponse("<p>Tracked " + agent + "</p>")  # want: PY-XSS


def import_feed(request):
    feed = yaml.load(request.body, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    return JsonResponse({"items": len(feed)})


def upload(request):
    f = request.FILES["file"]
    with open(os.path.join("/srv/media", f.name), "wb") as out:  # want: PY-PATH-TRAVERSAL
        for chunk in f.chunks():
            out.write(chunk)
    return JsonResponse({"ok": True})


def product_by_slug(request, slug):
    with connection.cursor() as cur:
        cur.execute("SELECT id FROM shop_product WHERE slug = '%s'" % slug)  # want: PY-SQLI
        return JsonResponse({"id": cur.fetchone()})


def doc_page(request, doc):
    return FileResponse(open("/srv/docs/" + doc, "rb"))  # want: PY-PATH-TRAVERSAL


def order_detail(request, pk):
    with connection.cursor() as cur:
        cur.execute(f"SELECT id, total FROM shop_order WHERE id = {pk}")
        return JsonResponse({"order": cur.fetchone()})


def download(request, token):
    return FileResponse(open(f"/srv/downloads/{token}.zip", "rb"))


def legacy_code(request, code):
    return HttpResponseRedirect("/p/" + code.lower() + "/")


class ProductRedirectView(View):
    def get(self, request):
        return HttpResponseRedirect(request.GET.get("to", "/"))  # want: PY-OPEN-REDIRECT
