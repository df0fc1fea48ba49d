# SQLi: Django QuerySet.extra(where=[...]) with a POSTed value formatted into the clause
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Ticket


@require_POST
def tickets_by_priority(request):
    priority = request.POST.get("priority", "low")
    qs = Ticket.objects.extra(where=["priority = '%s'" % priority])  # want: PY-SQLI
    return JsonResponse({"tickets": list(qs.values_list("id", flat=True))})
