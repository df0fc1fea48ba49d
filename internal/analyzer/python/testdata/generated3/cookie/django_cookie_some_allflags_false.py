# generated case (gen_cases3): category=cookie rule=PY-COOKIE-INSECURE fw=django source=cookie variant=some_allflags expected=false
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00635(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    resp = JsonResponse({"ok": True})
    resp.set_cookie("SomeCookie", bar, secure=True, httponly=True, samesite="Strict")
    return resp


urlpatterns = [
    path("00635/", benchmark_test_00635),
]
