# generated case (gen_cases7): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=cookie shape=django_setitem_helper sink=specific expected=true
from django.http import JsonResponse
from django.urls import path


def remember(store, key, value):
    store[key] = value


def case_00329(request):
    param = request.COOKIES.get("q", "none")
    bar = param
    remember(request.session, "last_query", bar)  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00329/", case_00329),
]
