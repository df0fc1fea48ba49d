# generated case (gen_cases3): category=cookie rule=PY-COOKIE-INSECURE fw=django source=getdict variant=fold_secure_false expected=true
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00647(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = param
    secure_flag = (7 * 18) + 106 < 200
    resp = JsonResponse({"ok": True})
    resp.set_cookie("session_token", bar, secure=secure_flag, httponly=True, samesite="Lax")  # want: PY-COOKIE-INSECURE
    return resp


urlpatterns = [
    path("00647/", benchmark_test_00647),
]
