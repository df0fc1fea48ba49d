# App: Django views with session login and CSRF, flaws and safe twins side by side
import subprocess

from django.contrib.auth import authenticate, login
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect, render
from django.utils.html import escape
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from .models import Product


def login_view(request):  # want: PY-NO-MFA
    if request.method == "POST":
        user = authenticate(request, username=request.POST.get("username"), password=request.POST.get("password"))
        if user is None:
            return render(request, "login.html", {"error": "Invalid credentials"}, status=401)  # want: PY-LOG-NO-SECURITY-EVENT
        login(request, user)
        nxt = request.POST.get("next", "/")
        if url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}):
            return HttpResponseRedirect(nxt)
        return redirect("/")
    return render(request, "login.html")


def go(request):
    return HttpResponseRedirect(request.GET.get("to", "/"))  # want: PY-OPEN-REDIRECT


@login_required
def search(request):
    q = request.GET.get("q", "")
    with connection.cursor() as cur:
        cur.execute("SELECT id, name FROM shop_product WHERE name LIKE '%%" + q + "%%'")  # want: PY-SQLI
        rows = cur.fetchall()
    return JsonResponse({"rows": rows})


@login_required
def search_safe(request):
    q = request.GET.get("q", "")
    products = Product.objects.filter(name__icontains=q)
    with connection.cursor() as cur:
        cur.execute("SELECT id FROM shop_product WHERE name LIKE %s", ["%" + q + "%"])
    return render(request, "search.html", {"q": q, "products": products})


@login_required
def hello(request):
    name = request.GET.get("name", "")
    return HttpResponse("<h1>Hello " + name + "</h1>")  # want: PY-XSS


@login_required
def hello_safe(request):
    name = request.GET.get("name", "")
    return HttpResponse("<h1>Hello " + escape(name) + "</h1>")


@login_required
@require_POST
def export(request):
    fmt = request.POST.get("format", "csv")
    subprocess.run(f"/usr/local/bin/export --format {fmt}", shell=True)  # want: PY-CMDI
    return JsonResponse({"ok": True})


@login_required
@require_POST
def export_safe(request):
    fmt = request.POST.get("format", "csv")
    if fmt not in ("csv", "json"):
        return JsonResponse({"error": "format"}, status=400)
    subprocess.run(["/usr/local/bin/export", "--format", fmt])
    return JsonResponse({"ok": True})


@login_required
def preferences(request):
    request.session["theme"] = request.GET.get("theme", "light")  # want: PY-TRUST-BOUNDARY
    return JsonResponse({"ok": True})
