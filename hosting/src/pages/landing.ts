// Entry for / — a static landing page; this only brings in the shared styles.
import '../shared/styles/tokens.css';
import '../shared/styles/ui.css';
import '../shared/styles/page.css';
