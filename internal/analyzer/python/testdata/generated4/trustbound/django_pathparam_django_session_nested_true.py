# generated case (gen_cases4): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=pathparam shape=django_session_nested sink=specific expected=true
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00536(request, test_id):
    param = test_id
    bar = param
    request.session["prefs"] = {"theme": bar}  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00536/<str:test_id>/", benchmark_test_00536),
]
