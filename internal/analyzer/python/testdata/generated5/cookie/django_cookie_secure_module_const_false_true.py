# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=django source=cookie shape=secure_module_const_false expected=true
from django.http import JsonResponse
from django.urls import path

SECURE_COOKIES = False


def benchmark_test_00230(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    resp = JsonResponse({"ok": True})
    resp.set_cookie("auth_token", bar, secure=SECURE_COOKIES, httponly=True, samesite="Lax")  # want: PY-COOKIE-INSECURE
    return resp


urlpatterns = [
    path("00230/", benchmark_test_00230),
]
