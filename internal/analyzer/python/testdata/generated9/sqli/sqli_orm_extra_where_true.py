# generated case (gen9): category=sqli rule=PY-SQLI fw=django shape=orm_extra_where expected=true
from django.contrib.auth.models import User
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_orm_extra_where(request):
    param = request.GET.get("q", "")
    qs = User.objects.extra(where=["username = '%s'" % param])  # want: PY-SQLI
    return JsonResponse({"result": str(qs.count())})


urlpatterns = [
    path("sqli_orm_extra_where/", case_orm_extra_where),
]
