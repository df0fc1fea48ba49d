# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=django source=cookie shape=lang_pref_noflags expected=false
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00248(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    resp = JsonResponse({"ok": True})
    resp.set_cookie("lang", bar[:5], max_age=365 * 24 * 3600)
    return resp


urlpatterns = [
    path("00248/", benchmark_test_00248),
]
