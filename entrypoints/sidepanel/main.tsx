import { catalogs } from '../../lib/i18n/catalog';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { mountApp } from '../../components/shared/mount';

mountApp(SidePanelApp, catalogs);
