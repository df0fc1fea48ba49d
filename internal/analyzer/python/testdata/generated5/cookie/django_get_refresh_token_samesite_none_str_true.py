# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=django source=get shape=refresh_token_samesite_none_str expected=true
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00239(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    resp = JsonResponse({"ok": True})
    resp.set_cookie("refresh_token", bar, secure=True, httponly=True, samesite="None")  # want: PY-COOKIE-INSECURE
    return resp


urlpatterns = [
    path("00239/", benchmark_test_00239),
]
